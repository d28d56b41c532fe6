import type { TaskDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const taskQueryKey = (id: number) => ['tasks', id] as const;

export function getTask(id: number, signal?: AbortSignal): Promise<TaskDetailResponse> {
  return apiGet<TaskDetailResponse>(`/tasks/${id}`, { signal });
}

export const taskQueryOptions = (id: number) =>
  queryOptions({
    queryKey: taskQueryKey(id),
    queryFn: ({ signal }) => getTask(id, signal),
  });

export function useTask(id: number | null) {
  return useQuery({ ...taskQueryOptions(id ?? 0), enabled: id !== null && id > 0 });
}
