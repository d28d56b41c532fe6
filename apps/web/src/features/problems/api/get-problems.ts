import type { ProblemListQuery, ProblemResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { problemsQueryKey } from './keys';

function search(query: ProblemListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.taskId !== undefined) params.set('taskId', String(query.taskId));
  if (query.departmentId !== undefined) params.set('departmentId', String(query.departmentId));
  if (query.indicator) params.set('indicator', query.indicator);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Problems the user may read (a department: those of its tasks or owned by it). */
export function getProblems(
  query: ProblemListQuery,
  signal?: AbortSignal,
): Promise<ProblemResponse[]> {
  return apiGet<ProblemResponse[]>(`/problems${search(query)}`, { signal });
}

export const problemsQueryOptions = (query: ProblemListQuery) =>
  queryOptions({
    queryKey: problemsQueryKey(query),
    queryFn: ({ signal }) => getProblems(query, signal),
  });

export function useProblems(query: ProblemListQuery) {
  return useQuery(problemsQueryOptions(query));
}
