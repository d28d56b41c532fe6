import type { ChangeRequestResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { taskChangeRequestsQueryKey } from './keys';

export function getTaskChangeRequests(
  taskId: number,
  signal?: AbortSignal,
): Promise<ChangeRequestResponse[]> {
  return apiGet<ChangeRequestResponse[]>(`/tasks/${taskId}/change-requests`, { signal });
}

export const taskChangeRequestsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskChangeRequestsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskChangeRequests(taskId, signal),
  });

export function useTaskChangeRequests(taskId: number) {
  return useQuery(taskChangeRequestsQueryOptions(taskId));
}
