import {
  countTimeliness,
  type DepartmentDashboardRow,
  INDICATORS,
  type IndicatorDashboardRow,
  rate,
  REPORTING_TASK_STATUSES,
  reportRates,
  reportTimeliness,
  chinaDateOf,
  type TargetDashboardRow,
  targetVerdict,
  type ReportTimeliness,
} from '@bizenv/shared';
import type { DashboardContext } from './dashboard-context.service.js';
import type { ProblemCount, TargetFact, TaskDepartmentFact } from './dashboards.repository.js';
import { completedOnTime, dueOrCompleted, taskFigures, type TaskState } from './task-figures.js';
import type { TaskPeople } from './task-people.js';

/** Timeliness at asOf of the report a department owes for the context's period. */
export function reportTimelinessAt(
  row: TaskDepartmentFact,
  dueDate: string,
  context: DashboardContext,
): ReportTimeliness {
  const submitted = row.firstSubmittedAt !== null && row.firstSubmittedAt < context.cut;
  return reportTimeliness(
    dueDate,
    submitted ? chinaDateOf(new Date(row.firstSubmittedAt!)) : null,
    context.asOf,
  );
}

/**
 * The (task, department) pairs that owe a report at asOf: tasks still reporting then, real
 * departments (no 各县区-like groups), once each (lead wins over support).
 */
export function obligations(
  departments: readonly TaskDepartmentFact[],
  states: ReadonlyMap<number, TaskState>,
): TaskDepartmentFact[] {
  const byKey = new Map<string, TaskDepartmentFact>();
  for (const row of departments) {
    const state = states.get(row.taskId);
    if (!state || row.departmentKind === 'group') continue;
    if (!REPORTING_TASK_STATUSES.includes(state.fact.status)) continue;
    const key = `${row.taskId}/${row.departmentId}`;
    if (!byKey.has(key) || row.role === 'lead') byKey.set(key, row);
  }
  return [...byKey.values()];
}

export function departmentRows(
  departments: readonly TaskDepartmentFact[],
  states: ReadonlyMap<number, TaskState>,
  context: DashboardContext,
  dueDate: string,
  notices: ReadonlyMap<number, number>,
  problems: readonly ProblemCount[],
): DepartmentDashboardRow[] {
  const rows = new Map<number, DepartmentDashboardRow>();
  const timeliness = new Map<number, ReportTimeliness[]>();
  const row = (id: number, name: string) => {
    let entry = rows.get(id);
    if (!entry) {
      entry = {
        id,
        name,
        tasksLed: 0,
        tasksSupported: 0,
        completedOnTime: 0,
        dueOrCompleted: 0,
        onTimeCompletionRate: null,
        overdue: 0,
        reports: {
          expected: 0,
          onTime: 0,
          late: 0,
          missing: 0,
          pending: 0,
          submissionRate: null,
          lateRate: null,
        },
        openNotices: notices.get(id) ?? 0,
        openProblems: 0,
      };
      rows.set(id, entry);
      timeliness.set(id, []);
    }
    return entry;
  };
  for (const fact of departments) {
    const state = states.get(fact.taskId);
    if (!state || fact.departmentKind === 'group') continue;
    const entry = row(fact.departmentId, fact.departmentName);
    if (fact.role === 'support') {
      entry.tasksSupported += 1;
      continue;
    }
    entry.tasksLed += 1;
    if (state.overdue) entry.overdue += 1;
    if (dueOrCompleted(state, context)) {
      entry.dueOrCompleted += 1;
      if (completedOnTime(state)) entry.completedOnTime += 1;
    }
  }
  for (const fact of obligations(departments, states)) {
    timeliness.get(fact.departmentId)!.push(reportTimelinessAt(fact, dueDate, context));
  }
  for (const problem of problems) {
    const entry = rows.get(problem.departmentId);
    if (entry) entry.openProblems += problem.open;
  }
  return [...rows.values()]
    .map((entry) => {
      const { expected, onTime, late, missing, pending } = countTimeliness(
        timeliness.get(entry.id)!,
      );
      const { submissionRate, lateRate } = reportRates({ expected, onTime, late, pending });
      return {
        ...entry,
        onTimeCompletionRate: rate(entry.completedOnTime, entry.dueOrCompleted),
        reports: { expected, onTime, late, missing, pending, submissionRate, lateRate },
      };
    })
    .sort((a, b) => b.tasksLed - a.tasksLed || a.name.localeCompare(b.name, 'zh-CN'));
}

export function targetRows(
  targets: readonly TargetFact[],
  trend: readonly { targetId: number; period: string; value: number }[],
  states: ReadonlyMap<number, TaskState>,
): TargetDashboardRow[] {
  const points = new Map<number, { period: string; value: number }[]>();
  for (const point of trend) {
    const list = points.get(point.targetId) ?? [];
    list.push({ period: point.period, value: point.value });
    points.set(point.targetId, list);
  }
  return targets.map((target) => {
    const state = states.get(target.taskId);
    const inTime = state !== undefined && !state.completed && !state.overdue;
    return {
      id: target.id,
      taskId: target.taskId,
      taskCode: target.taskCode,
      indicatorCode: target.indicatorCode,
      metric: target.metric,
      comparator: target.comparator,
      value: target.value,
      unit: target.unit,
      baseline: target.baseline,
      latestActual: target.latestActual,
      latestPeriod: target.latestPeriod,
      verdict: targetVerdict(target.comparator, target.value, target.latestActual, inTime),
      trend: points.get(target.id) ?? [],
    };
  });
}

/**
 * The 18 indicators in catalog order, each followed by its sub-indicators that have tasks or an
 * assignment. A parent's figures include its sub-indicators' tasks. With `mine`, the groups
 * holding the leader's indicators come first (leader view), catalog order otherwise.
 */
export function indicatorRows(
  states: readonly TaskState[],
  targets: readonly TargetDashboardRow[],
  problems: readonly ProblemCount[],
  people: TaskPeople,
  mine: ReadonlySet<string>,
): IndicatorDashboardRow[] {
  const parentOf = (code: string | null) =>
    code === null ? null : (INDICATORS.find((i) => i.code === code)?.parentCode ?? null);
  const belongs = (code: string | null, indicator: string) =>
    code === indicator || parentOf(code) === indicator;
  const build = (indicator: (typeof INDICATORS)[number]): IndicatorDashboardRow => {
    const own = states.filter((state) => belongs(state.fact.indicatorCode, indicator.code));
    const ownTargets = targets.filter((target) => belongs(target.indicatorCode, indicator.code));
    const assigned = people.indicator(indicator.code, false);
    return {
      code: indicator.code,
      name: indicator.name,
      parentCode: indicator.parentCode,
      order: indicator.order,
      leadDepartments: assigned.departments,
      leaders: assigned.leaders,
      mine: mine.has(indicator.code),
      tasks: taskFigures(own),
      targetsTotal: ownTargets.length,
      targetsMet: ownTargets.filter((target) => target.verdict === 'met').length,
      openProblems: problems
        .filter((problem) => belongs(problem.indicatorCode, indicator.code))
        .reduce((sum, problem) => sum + problem.open, 0),
    };
  };
  const groups = INDICATORS.filter((indicator) => indicator.parentCode === null).map((parent) => [
    build(parent),
    ...INDICATORS.filter((child) => child.parentCode === parent.code)
      .map(build)
      .filter(
        (row) => row.tasks.total > 0 || row.leaders.length > 0 || row.leadDepartments.length > 0,
      ),
  ]);
  const isMine = (group: IndicatorDashboardRow[]) => group.some((row) => row.mine);
  return [...groups.filter(isMine), ...groups.filter((group) => !isMine(group))].flat();
}
