import type { SessionUser, TaskResponse } from '@bizenv/shared';
import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useJurisdictionPlans } from '@/features/plans/api/get-jurisdiction-plans';
import { planTasksQueryOptions } from '@/features/tasks/api/get-plan-tasks';

export interface TaskOption {
  id: number;
  code: string;
  title: string;
}

/**
 * The tasks a user may pick when registering a problem or writing a notice: the top-level tasks
 * of its jurisdiction's plans, and for a department only those it leads or supports; none for
 * readers.
 */
export function useTaskOptions(user: SessionUser | undefined): TaskOption[] {
  // Only the office and departments write problems and notices: readers need no task list.
  const writer = user?.role === 'office' || user?.role === 'department';
  const { data: plans } = useJurisdictionPlans(writer ? user.jurisdictionCode : undefined);
  const departmentId = user?.role === 'department' ? user.departmentId : null;
  const combine = useCallback(
    (results: { data?: TaskResponse[] }[]) =>
      results.flatMap((result) =>
        (result.data ?? [])
          .filter(
            (task) =>
              departmentId === null ||
              [...task.leadDepartments, ...task.supportDepartments].some(
                (d) => d.id === departmentId,
              ),
          )
          .map((task) => ({ id: task.id, code: task.code, title: task.title })),
      ),
    [departmentId],
  );
  return useQueries({
    queries: (plans ?? []).map((plan) => planTasksQueryOptions(plan.id)),
    combine,
  });
}
