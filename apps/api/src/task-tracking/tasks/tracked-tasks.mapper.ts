import type { TaskStateResponse, TrackedTaskRef } from '@bizenv/shared';
import type { TaskEntity } from '../../tasks/task.entity.js';
import { toDeadline, toOriginalDeadline } from '../../tasks/tasks.mapper.js';

export function toTaskState(task: TaskEntity): TaskStateResponse {
  return {
    id: task.id,
    status: task.status,
    deadline: toDeadline(task),
    originalDeadline: toOriginalDeadline(task),
    version: task.version,
  };
}

export function toTrackedTaskRef(
  task: Pick<TaskEntity, 'id' | 'planId' | 'code' | 'title'>,
  jurisdictionCode: string,
): TrackedTaskRef {
  return {
    id: task.id,
    planId: task.planId,
    code: task.code,
    title: task.title,
    jurisdictionCode,
  };
}
