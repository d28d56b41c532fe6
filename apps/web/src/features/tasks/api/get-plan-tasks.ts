import type { TaskResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** Under the plan's key: invalidating a plan refreshes its tasks too. */
export const planTasksQueryKey = (planId: number) => ['plans', planId, 'tasks'] as const;

export function getPlanTasks(planId: number, signal?: AbortSignal): Promise<TaskResponse[]> {
  return apiGet<TaskResponse[]>(`/plans/${planId}/tasks`, { signal });
}

export const planTasksQueryOptions = (planId: number) =>
  queryOptions({
    queryKey: planTasksQueryKey(planId),
    queryFn: ({ signal }) => getPlanTasks(planId, signal),
  });

export function usePlanTasks(planId: number) {
  return useQuery(planTasksQueryOptions(planId));
}
