import type { Department, DepartmentKind } from '../domain/department.js';
import { describe, expect, it } from 'vitest';
import { PlanParseError } from './issues.js';
import { parsePlanDocument } from './parse-plan.js';

const unit = (name: string, kind: DepartmentKind = 'government'): Department => ({
  name,
  kind,
  aliases: [],
});
const catalog = {
  departments: ['县行政审批服务局', '县公安局', '县税务局', '县市场监管局', '各镇'].map((name) =>
    unit(name),
  ),
  leaders: [{ name: '闫秉云', title: '县委常委、副县长' }],
};

/** A small document with everything the real ones have: notice, outline, annex plan and table. */
const DOCUMENT = [
  '# 某县人民政府办公室文件',
  '某政办发〔2021〕9号',
  '## 某县人民政府办公室 关于印发某县2021年优化营商环境 工作方案的通知',
  '《某县2021年优化营商环境工作方案》已经县政府同意，现印发给你们。',
  '某县人民政府办公室',
  '2021年7月16日',
  '某县2021年优化营商环境 工作方案',
  '一、2021年重点改革',
  '(一) 推进“一网通办”。(1) 梳理事项清单。(2) 网办率达到60%以上。(县行政审批服务局牵头，各镇按职责分工负责)',
  '二、工作任务',
  '（一）简化企业开办（包抓领导：县委常委、副县长闫秉云，牵头部门：县行政审批服务局）',
  '1. **推行“企业开办一网通办”。**依托平台，推行线上“一表填报”',
  '',
  '申请办理。（县行政审批服务局牵头，县公安局、县税务局等部门及各镇按职责分工负责）',
  '- 附件：1. 某县“一网通办”实施方案',
  '2. “一件事”清单',
  '某县“一网通办” 实施方案',
  '二、重点任务',
  '（一）梳理编制事项清单。（县行政审批服务局牵头，各镇按职责分工负责，8月底前完成）',
  '三、保障措施',
  '（一）加强组织领导。由县政府办牵头。',
  '附件2',
  '“一件事”清单',
  '\t序号\n\t“一件事”名称\n\t具体事项\n\t责任部门',
  '',
  '\t1\n\t企业注销\n“一件事”\n\t税务注销\n\t县税务局',
  '',
  '\t\n\t\n\t企业注销登记\n\t★县市场监管局',
  '',
  '抄送：市营商办。',
].join('\n');

describe('parsePlanDocument', () => {
  const [main, annex] = parsePlanDocument(DOCUMENT, {
    catalog,
    annexPlans: ['1'],
    annexTables: [{ annex: '2', content: 'bundles' }],
  });

  it('reads the header', () => {
    expect(main?.header).toEqual({
      title: '某县2021年优化营商环境工作方案',
      issuer: '某县人民政府办公室',
      documentNumber: '某政办发〔2021〕9号',
      issuedDate: '2021-07-16',
      year: 2021,
    });
    expect(main?.issues).toEqual([]);
  });

  it('reads the main plan with its key reform, task and annex table, in order', () => {
    expect(main?.tasks.map((t) => [t.order, t.code, t.kind, t.title])).toEqual([
      [1, '重点改革(一)', 'key_reform', '推进“一网通办”'],
      [2, '重点改革(一)(1)', 'sub_item', '梳理事项清单'],
      [3, '重点改革(一)(2)', 'sub_item', '网办率达到60%以上'],
      [4, '1', 'task', '推行“企业开办一网通办”'],
      [5, '一件事1', 'bundle', '企业注销“一件事”'],
      [6, '一件事1.1', 'bundle_item', '税务注销'],
      [7, '一件事1.2', 'bundle_item', '企业注销登记'],
    ]);
    expect(main?.tasks[3]).toMatchObject({
      body: '推行“企业开办一网通办”。依托平台，推行线上“一表填报”申请办理。',
      leadDepartments: ['县行政审批服务局'],
      supportDepartments: ['县公安局', '县税务局', '各镇'],
      indicator: 'starting-business',
    });
    expect(main?.tasks[2]?.targets).toHaveLength(1);
    expect(main?.indicatorAssignments.map((a) => [a.indicator, a.leaders])).toEqual([
      ['starting-business', ['闫秉云']],
    ]);
    expect(main?.sections.map((s) => s.code)).toEqual(['一', '二', '二(一)', '附件2']);
  });

  it('reads an annex plan with its own tasks and deadlines', () => {
    expect(annex?.annex).toBe('1');
    expect(annex?.header).toMatchObject({
      title: '某县“一网通办”实施方案',
      documentNumber: null,
      year: 2021,
    });
    expect(annex?.tasks.map((t) => [t.code, t.deadline])).toEqual([
      ['(一)', { kind: 'date', date: '2021-08-31', printed: '8月底前完成' }],
    ]);
  });

  it('fails on an annex the document does not list', () => {
    expect(() => parsePlanDocument(DOCUMENT, { catalog, annexPlans: ['3'] })).toThrow(
      PlanParseError,
    );
  });

  it('reports units the catalog lacks as issues of the plan', () => {
    const [plan] = parsePlanDocument(DOCUMENT, {
      catalog: { ...catalog, departments: catalog.departments.slice(1) },
    });
    expect(plan?.issues.map((issue) => issue.message)).toContain(
      'unit "县行政审批服务局" is not in the catalog',
    );
  });
});
