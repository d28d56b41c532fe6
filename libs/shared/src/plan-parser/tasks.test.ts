import type { Department, DepartmentKind } from '../domain/department.js';
import { describe, expect, it } from 'vitest';
import type { PlanPhase } from '../domain/deadline.js';
import type { ParseIssue } from './issues.js';
import { createNameResolver } from './names.js';
import { readItem, type TaskContext, type TaskPlacement } from './tasks.js';

const unit = (name: string, kind: DepartmentKind = 'government'): Department => ({
  name,
  kind,
  aliases: [],
});
const catalog = {
  departments: [
    ...[
      '县行政审批服务局',
      '县住建局',
      '县税务局',
      '县财政局',
      '县司法局',
      '县民政局',
      '县法院',
    ].map((name) => unit(name)),
    unit('各镇', 'group'),
  ],
  leaders: [],
};

function context(phases: PlanPhase[] = []): TaskContext {
  const issues: ParseIssue[] = [];
  return { planYear: 2021, phases, names: createNameResolver(catalog), issues };
}

const placement: TaskPlacement = {
  code: '22',
  kind: 'task',
  sectionCode: '三(六)',
  sectionIndicator: 'paying-taxes',
  line: 1,
};

describe('reading a task', () => {
  it('splits title, body, sub-items and an attribution printed once for the whole task', () => {
    const [task, ...subs] = readItem(
      '推行电子发票。（1）依托平台，提供服务。（2）推动衔接。（县税务局牵头，县财政局等部门及各镇按职责分工负责）',
      placement,
      context(),
    );
    expect(task).toMatchObject({
      code: '22',
      parentCode: null,
      kind: 'task',
      title: '推行电子发票',
      body: '推行电子发票。（1）依托平台，提供服务。（2）推动衔接。',
      indicator: 'paying-taxes',
      leadDepartments: ['县税务局'],
      supportDepartments: ['县财政局', '各镇'],
      attribution: '（县税务局牵头，县财政局等部门及各镇按职责分工负责）',
      deadline: { kind: 'none', printed: null },
    });
    expect(
      subs.map((sub) => [sub.code, sub.title, sub.body, sub.leadDepartments, sub.attribution]),
    ).toEqual([
      ['22(1)', '依托平台，提供服务', '依托平台，提供服务。', ['县税务局'], null],
      ['22(2)', '推动衔接', '推动衔接。', ['县税务局'], null],
    ]);
  });

  it('gives each sub-item its own attribution when they carry one, the task their union', () => {
    const [task, first, second] = readItem(
      '强化法治保障\n（1）深入贯彻条例。〔牵头单位：县司法局；配合单位：各镇〕\n（2）提升诉讼服务。〔牵头单位：县法院〕',
      { ...placement, code: '四.2', sectionIndicator: null },
      context(),
    );
    expect(task).toMatchObject({
      title: '强化法治保障',
      leadDepartments: ['县司法局', '县法院'],
      attribution: null,
    });
    expect(first).toMatchObject({ leadDepartments: ['县司法局'], supportDepartments: ['各镇'] });
    expect(second).toMatchObject({
      leadDepartments: ['县法院'],
      attribution: '〔牵头单位：县法院〕',
    });
  });

  it('keeps an attribution between sentences in the body and adds its units', () => {
    const [task] = readItem(
      '深化改革。审批时间压减至90个工作日以内（牵头单位：县住建局）。整合流程。（牵头单位：县行政审批服务局）',
      placement,
      context(),
    );
    expect(task?.body).toBe(
      '深化改革。审批时间压减至90个工作日以内（牵头单位：县住建局）。整合流程。',
    );
    expect(task?.leadDepartments).toEqual(['县住建局', '县行政审批服务局']);
    expect(task?.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['lte', 90, '工作日'],
    ]);
  });

  it('takes the deadline from the attribution, else from a "by" phrase, never from a target period', () => {
    const annex = readItem(
      '梳理清单。（县行政审批服务局牵头，各镇按职责分工负责，8月底前完成）',
      placement,
      context(),
    );
    expect(annex[0]?.deadline).toEqual({
      kind: 'date',
      date: '2021-08-31',
      printed: '8月底前完成',
    });
    const byPhrase = readItem(
      '深化改革。年底前实现全覆盖。（县行政审批服务局牵头）',
      placement,
      context(),
    );
    expect(byPhrase[0]?.deadline).toEqual({ kind: 'date', date: '2021-12-31', printed: '年底前' });
    const period = readItem(
      '推进网办。2021年底全县全程网办率达到60%以上。（县行政审批服务局牵头）',
      placement,
      context(),
    );
    expect(period[0]?.deadline).toEqual({ kind: 'none', printed: null });
    expect(period[0]?.targets[0]).toMatchObject({
      comparator: 'gte',
      value: 60,
      period: '2021年底',
    });
  });

  it('lets a sub-item keep its own "by" phrase and inherit the task deadline otherwise', () => {
    const [, first, second] = readItem(
      '规范运行。（1）持续推进。（2）6月底前开展检查。（县民政局牵头，7月底前完成）',
      placement,
      context(),
    );
    expect(first?.deadline).toMatchObject({ kind: 'date', date: '2021-07-31' });
    expect(second?.deadline).toMatchObject({ kind: 'date', date: '2021-06-30' });
  });

  it('reports a unit the catalog lacks', () => {
    const ctx = context();
    readItem('甲。（县气象局牵头）', placement, ctx);
    expect(ctx.names.issues.map((issue) => issue.message)).toEqual([
      'unit "县气象局" is not in the catalog',
    ]);
  });
});
