import type { ProblemDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { problemQueryKey } from './keys';

export function getProblem(id: number, signal?: AbortSignal): Promise<ProblemDetailResponse> {
  return apiGet<ProblemDetailResponse>(`/problems/${id}`, { signal });
}

export const problemQueryOptions = (id: number) =>
  queryOptions({
    queryKey: problemQueryKey(id),
    queryFn: ({ signal }) => getProblem(id, signal),
  });

/** One problem with its evidence files and history. */
export function useProblem(id: number | null) {
  return useQuery({ ...problemQueryOptions(id ?? 0), enabled: id !== null });
}
