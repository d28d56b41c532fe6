import type { ReportDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/**
 * Under ['reports']: the reports feature invalidates that root on every report write (submit,
 * return, accept), which refreshes the task's timeline too.
 */
export const taskReportsQueryKey = (taskId: number) =>
  ['reports', 'task-timeline', taskId] as const;

export function getTaskReports(
  taskId: number,
  signal?: AbortSignal,
): Promise<ReportDetailResponse[]> {
  return apiGet<ReportDetailResponse[]>(`/tasks/${taskId}/reports`, { signal });
}

export const taskReportsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskReportsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskReports(taskId, signal),
  });

/** Every monthly report on the task with its history (submitted, returned, accepted). */
export function useTaskReports(taskId: number) {
  return useQuery(taskReportsQueryOptions(taskId));
}
