import type { Department, DepartmentKind } from '../domain/department.js';
import { describe, expect, it } from 'vitest';
import type { ParseIssue } from './issues.js';
import { joinParagraphs, readSourceLines } from './lines.js';
import { createNameResolver } from './names.js';
import { buildOutline } from './outline.js';
import { readPlanBody } from './plan-body.js';

const unit = (name: string, kind: DepartmentKind = 'government'): Department => ({
  name,
  kind,
  aliases: [],
});
const catalog = {
  departments: ['县行政审批服务局', '县自然资源局', '县司法局', '县法院', '各镇'].map((name) =>
    unit(name),
  ),
  leaders: [{ name: '闫秉云', title: '县委常委、副县长' }],
};

function body(text: string) {
  const issues: ParseIssue[] = [];
  const notes: ParseIssue[] = [];
  const read = readPlanBody(buildOutline(joinParagraphs(readSourceLines(text))), {
    planYear: 2021,
    names: createNameResolver(catalog),
    issues,
    notes,
  });
  return { ...read, issues };
}

describe('plan body', () => {
  it('reads key reforms, indicator groups with their leaders, and numbered tasks', () => {
    const read = body(
      [
        '一、思路目标',
        '以……为指导。',
        '二、2021年七项重点改革工作',
        '(一) 持续深化工程建设项目审批制度改革。(1) 优化流程。(县行政审批服务局牵头，各镇按照职责分工负责)',
        '三、2021年工作任务分工',
        '(一)简化企业开办(包抓领导:县委常委、副县长闫秉云,牵头部门:县行政审批服务局)',
        '1.推行一网通办。（县行政审批服务局牵头）',
        '（五）提升财产登记便利度（包抓领导：县委常委、副县长闫秉云，牵头部门：县自然资源局）',
        '2.提升不动产登记服务效能。（县自然资源局牵头）',
        '四、保障措施',
        '3.加强组织领导。（县行政审批服务局牵头）',
      ].join('\n'),
    );
    expect(read.issues).toEqual([]);
    expect(read.tasks.map((t) => [t.code, t.kind, t.sectionCode, t.indicator])).toEqual([
      ['重点改革(一)', 'key_reform', '二', 'construction-permits'],
      ['重点改革(一)(1)', 'sub_item', '二', 'construction-permits'],
      ['1', 'task', '三(一)', 'starting-business'],
      ['2', 'task', '三(五)', 'registering-property'],
      ['3', 'task', '四', null],
    ]);
    expect(read.sections.map((s) => [s.code, s.title, s.parentCode])).toEqual([
      ['二', '2021年七项重点改革工作', null],
      ['三', '2021年工作任务分工', null],
      ['三(一)', '简化企业开办', '三'],
      ['三(五)', '提升财产登记便利度', '三'],
      ['四', '保障措施', null],
    ]);
    expect(read.indicatorAssignments[1]).toEqual({
      indicator: 'registering-property',
      leadDepartments: ['县自然资源局'],
      leaders: ['闫秉云'],
      leaderText: '县委常委、副县长闫秉云',
      printed: '（包抓领导：县委常委、副县长闫秉云，牵头部门：县自然资源局）',
    });
  });

  it('codes tasks by group when numbering restarts, reads phases and drops narrative groups', () => {
    const read = body(
      [
        '三、重点任务',
        '（一）深化“6项改革”',
        '1.深化行政审批制度改革。〔牵头单位：县行政审批服务局〕',
        '（二）聚焦“10个提升”',
        '1.提升企业开办效率。〔牵头单位：县行政审批服务局〕',
        '2.提升诉讼服务。〔牵头单位：县法院〕',
        '四、实施步骤',
        '（一）工作部署阶段（2021年12月上旬）。各单位制定方案。',
        '五、保障措施',
        '（一）加强组织领导。由县司法局牵头，统筹协调。',
      ].join('\n'),
    );
    expect(read.tasks.map((t) => t.code)).toEqual(['一.1', '二.1', '二.2']);
    expect(read.phases).toEqual([
      {
        name: '工作部署阶段',
        start: '2021-12-01',
        end: '2021-12-10',
        printed: '工作部署阶段（2021年12月上旬）',
      },
    ]);
  });

  it('codes the tasks of an annex plan by their group number', () => {
    const read = body(
      '二、重点任务\n（一）梳理清单。（县行政审批服务局牵头，8月底前完成）\n三、保障措施\n（一）加强组织领导。',
    );
    expect(read.tasks.map((t) => [t.code, t.kind, t.deadline.kind])).toEqual([
      ['(一)', 'task', 'date'],
    ]);
  });
});
