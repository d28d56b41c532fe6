import type { ClosureRequestResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { taskClosureRequestsQueryKey } from './keys';

export function getTaskClosureRequests(
  taskId: number,
  signal?: AbortSignal,
): Promise<ClosureRequestResponse[]> {
  return apiGet<ClosureRequestResponse[]>(`/tasks/${taskId}/closure-requests`, { signal });
}

export const taskClosureRequestsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskClosureRequestsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskClosureRequests(taskId, signal),
  });

export function useTaskClosureRequests(taskId: number) {
  return useQuery(taskClosureRequestsQueryOptions(taskId));
}
