import type { SessionUser, TaskDetailResponse } from '@bizenv/shared';
import { useMemo } from 'react';
import { taskPermissions, type TaskPermissions } from '../lib/task-permissions';

export function useTaskPermissions(
  user: SessionUser | undefined,
  task: TaskDetailResponse,
): TaskPermissions {
  return useMemo(
    () =>
      taskPermissions(user ?? null, {
        jurisdictionCode: task.plan.jurisdictionCode,
        status: task.status,
        leadDepartmentIds: task.leadDepartments.map((d) => d.id),
        supportDepartmentIds: task.supportDepartments.map((d) => d.id),
      }),
    [user, task],
  );
}
