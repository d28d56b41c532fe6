import {
  chinaDateOf,
  DATED_DEADLINE_KINDS,
  type DashboardTaskRow,
  OPEN_TASK_STATUSES,
  rate,
  TASK_STATUSES,
  type TaskFigures,
  type TaskStatus,
} from '@bizenv/shared';
import type { DashboardContext } from './dashboard-context.service.js';
import type { TaskFact } from './dashboards.repository.js';

const COMPLETED: readonly TaskStatus[] = ['done_pending_closure', 'closed'];

/** A task's dashboard state at asOf, derived once and reused by every figure and list. */
export interface TaskState {
  fact: TaskFact;
  completed: boolean;
  overdue: boolean;
  dueSoon: boolean;
  /** Effective (moved) deadline, for dated deadlines. */
  effectiveDeadline: string | null;
  /** China date the task was first completed, when its history says so. */
  completedOn: string | null;
}

export function taskState(fact: TaskFact, context: DashboardContext): TaskState {
  const dated = DATED_DEADLINE_KINDS.includes(fact.deadlineKind) && fact.deadlineDate !== null;
  const open = OPEN_TASK_STATUSES.includes(fact.status);
  const deadline = dated ? fact.deadlineDate! : null;
  return {
    fact,
    completed: COMPLETED.includes(fact.status),
    overdue: open && deadline !== null && deadline <= context.overdueThrough,
    dueSoon:
      open &&
      deadline !== null &&
      deadline > context.overdueThrough &&
      deadline <= context.dueSoonThrough,
    effectiveDeadline: deadline && context.calendar.nextWorkingDayOnOrAfter(deadline),
    completedOn: fact.completedAt === null ? null : chinaDateOf(new Date(fact.completedAt)),
  };
}

/** Completed on or before the effective deadline (without a recorded date: taken as on time). */
export function completedOnTime(state: TaskState): boolean {
  if (!state.completed) return false;
  if (state.effectiveDeadline === null || state.completedOn === null) return true;
  return state.completedOn <= state.effectiveDeadline;
}

/** Led tasks that count for the on-time rate: dated, and due by asOf or completed by then. */
export function dueOrCompleted(state: TaskState, context: DashboardContext): boolean {
  if (state.effectiveDeadline === null || state.fact.status === 'suspended') return false;
  return state.completed || state.fact.deadlineDate! <= context.overdueThrough;
}

export function taskFigures(states: readonly TaskState[]): TaskFigures {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<
    TaskStatus,
    number
  >;
  let completed = 0;
  let overdue = 0;
  let dueSoon = 0;
  let completionSum = 0;
  let completionCount = 0;
  for (const state of states) {
    byStatus[state.fact.status] += 1;
    if (state.completed) completed += 1;
    if (state.overdue) overdue += 1;
    if (state.dueSoon) dueSoon += 1;
    if (state.fact.completion !== null) {
      completionSum += state.fact.completion;
      completionCount += 1;
    }
  }
  return {
    total: states.length,
    byStatus,
    completed,
    completionRate: rate(completed, states.length - byStatus.suspended),
    averageCompletionPercent: roundPercent(completionSum, completionCount),
    overdue,
    dueSoon,
  };
}

/** Mean percent to one decimal, or null without values. */
export function roundPercent(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

export function taskRow(
  state: TaskState,
  context: DashboardContext,
  people: {
    leadDepartments: { id: number; name: string }[];
    leaders: { id: number; name: string }[];
  },
): DashboardTaskRow {
  const { fact } = state;
  const deadline = state.effectiveDeadline;
  return {
    id: fact.id,
    code: fact.code,
    title: fact.title,
    planId: fact.planId,
    jurisdictionCode: fact.jurisdictionCode,
    indicatorCode: fact.indicatorCode,
    status: fact.status,
    deadlineKind: fact.deadlineKind,
    deadlineDate: fact.deadlineDate,
    deadlinePrinted: fact.deadlinePrinted,
    effectiveDeadline: deadline,
    workingDaysOverdue:
      state.overdue && deadline ? context.calendar.workingDaysBetween(deadline, context.asOf) : 0,
    workingDaysLeft:
      state.dueSoon && deadline
        ? Math.max(0, context.calendar.workingDaysBetween(context.asOf, deadline))
        : null,
    completionPercent: fact.completion === null ? null : Math.round(fact.completion * 10) / 10,
    leadDepartments: people.leadDepartments,
    leaders: people.leaders,
  };
}
