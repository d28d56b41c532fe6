import type { TaskEventResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { taskEventsQueryKey } from './keys';

export function getTaskEvents(taskId: number, signal?: AbortSignal): Promise<TaskEventResponse[]> {
  return apiGet<TaskEventResponse[]>(`/tasks/${taskId}/events`, { signal });
}

export const taskEventsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskEventsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskEvents(taskId, signal),
  });

/** The task's history: status changes, requests and decisions, instructions. */
export function useTaskEvents(taskId: number) {
  return useQuery(taskEventsQueryOptions(taskId));
}
