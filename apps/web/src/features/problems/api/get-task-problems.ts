import type { ProblemResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { problemsRootKey } from './keys';

export const taskProblemsQueryKey = (taskId: number) =>
  [...problemsRootKey, 'task', taskId] as const;

export function getTaskProblems(taskId: number, signal?: AbortSignal): Promise<ProblemResponse[]> {
  return apiGet<ProblemResponse[]>(`/tasks/${taskId}/problems`, { signal });
}

export const taskProblemsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskProblemsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskProblems(taskId, signal),
  });

/** The problems registered on one task (for its page and timeline). */
export function useTaskProblems(taskId: number) {
  return useQuery(taskProblemsQueryOptions(taskId));
}
