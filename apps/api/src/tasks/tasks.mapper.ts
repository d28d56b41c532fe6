import type {
  Deadline,
  PlanSummaryResponse,
  TargetResponse,
  TaskDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { groupBy } from '../common/group-by.js';
import { toDepartmentResponse } from '../departments/departments.mapper.js';
import type { IndicatorLeaders } from '../plans/plans.service.js';
import type { TargetEntity } from './target.entity.js';
import type { TaskEntity } from './task.entity.js';
import type { TaskDepartmentRow } from './tasks.repository.js';

/**
 * Assembles tasks into trees in memory: each task with its departments, targets and children.
 * Tasks whose parent is not among `tasks` become roots. Order follows `tasks`.
 */
export function buildTaskTree(
  tasks: TaskEntity[],
  departments: TaskDepartmentRow[],
  targets: TargetEntity[],
): TaskResponse[] {
  const departmentsOf = groupBy(departments, (row) => row.taskId);
  const targetsOf = groupBy(targets, (target) => target.taskId);
  const nodes = new Map<number, TaskResponse>();
  for (const task of tasks) {
    nodes.set(
      task.id,
      toTaskResponse(task, departmentsOf.get(task.id) ?? [], targetsOf.get(task.id) ?? []),
    );
  }
  const roots: TaskResponse[] = [];
  for (const task of tasks) {
    const node = nodes.get(task.id)!;
    const parent = task.parentId === null ? undefined : nodes.get(task.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function toTaskDetailResponse(
  task: TaskResponse,
  plan: PlanSummaryResponse,
  parent: TaskEntity | null,
  leaders: IndicatorLeaders,
): TaskDetailResponse {
  return {
    ...task,
    plan,
    parent: parent ? { id: parent.id, code: parent.code, title: parent.title } : null,
    leaders: leaders.leaders,
    leaderText: leaders.leaderText,
  };
}

function toTaskResponse(
  task: TaskEntity,
  departments: TaskDepartmentRow[],
  targets: TargetEntity[],
): TaskResponse {
  return {
    id: task.id,
    planId: task.planId,
    code: task.code,
    kind: task.kind,
    sectionCode: task.sectionCode,
    title: task.title,
    body: task.body,
    indicator: task.indicatorCode,
    status: task.status,
    leadDepartments: departments.filter((row) => row.role === 'lead').map(toDepartmentResponse),
    supportDepartments: departments
      .filter((row) => row.role === 'support')
      .map(toDepartmentResponse),
    attribution: task.attribution,
    deadline: toDeadline(task),
    originalDeadline: toOriginalDeadline(task),
    targets: targets.map(toTargetResponse),
    order: task.order,
    completionPercent: task.completionPercent,
    version: task.version,
    children: [],
  };
}

/** Rebuilds the Deadline union from its columns; the seed check guarantees they are consistent. */
export function toDeadline(task: TaskEntity): Deadline {
  const {
    deadlineKind: kind,
    deadlineDate: date,
    deadlinePhase: phase,
    deadlinePrinted: printed,
  } = task;
  switch (kind) {
    case 'none':
      return { kind, printed: null };
    case 'ongoing':
      return { kind, printed: required(printed, task, 'deadline_printed') };
    case 'date':
    case 'milestone':
      return {
        kind,
        date: required(date, task, 'deadline_date'),
        printed: required(printed, task, 'deadline_printed'),
      };
    case 'phase':
      return {
        kind,
        phase: required(phase, task, 'deadline_phase'),
        date: required(date, task, 'deadline_date'),
        printed: required(printed, task, 'deadline_printed'),
      };
  }
}

/** The deadline before the first approved extension (task tracking keeps it), or null. */
export function toOriginalDeadline(task: TaskEntity): Deadline | null {
  if (task.originalDeadlineKind === null) return null;
  return toDeadline({
    ...task,
    deadlineKind: task.originalDeadlineKind,
    deadlineDate: task.originalDeadlineDate,
    deadlinePhase: task.originalDeadlinePhase,
    deadlinePrinted: task.originalDeadlinePrinted,
  });
}

function required(value: string | null, task: TaskEntity, column: string): string {
  if (value === null)
    throw new Error(`task ${task.id}: ${column} is null for deadline kind ${task.deadlineKind}`);
  return value;
}

function toTargetResponse(target: TargetEntity): TargetResponse {
  return {
    id: target.id,
    metric: target.metric,
    comparator: target.comparator,
    value: target.value,
    unit: target.unit,
    period: target.period,
    baseline: target.baseline,
    printed: target.printed,
  };
}
