import type { DepartmentKind, TaskStatus } from '@bizenv/shared';
import type { TaskAccessFacts } from '../../access/access-policy.service.js';
import type { TaskDepartmentRole } from '../../tasks/task-department.entity.js';
import type { TaskEntity } from '../../tasks/task.entity.js';

export interface TrackedTaskDepartment {
  id: number;
  name: string;
  kind: DepartmentKind;
  role: TaskDepartmentRole;
}

/** A task as task tracking reads it: the row, its plan's jurisdiction and its departments. */
export interface TrackedTask {
  row: TaskEntity;
  jurisdictionCode: string;
  departments: TrackedTaskDepartment[];
}

export function accessFacts(task: TrackedTask): TaskAccessFacts {
  return {
    id: task.row.id,
    jurisdictionCode: task.jurisdictionCode,
    departmentIds: task.departments.map((department) => department.id),
  };
}

export function departmentIdsIn(task: TrackedTask, role: TaskDepartmentRole): number[] {
  return task.departments.filter((d) => d.role === role).map((d) => d.id);
}

/** Columns of `task` that tracking writes; `version` and `updated_at` move with every write. */
export type TaskChanges = Partial<
  Pick<
    TaskEntity,
    | 'status'
    | 'title'
    | 'body'
    | 'deadlineKind'
    | 'deadlineDate'
    | 'deadlinePhase'
    | 'deadlinePrinted'
    | 'originalDeadlineKind'
    | 'originalDeadlineDate'
    | 'originalDeadlinePhase'
    | 'originalDeadlinePrinted'
  >
>;

/** The status the task has, for writes that must start from it (closure workflow). */
export type StatusPrecondition = { status: TaskStatus } | { version: number };
