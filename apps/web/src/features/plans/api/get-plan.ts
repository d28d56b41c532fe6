import type { PlanDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const planQueryKey = (id: number) => ['plans', id] as const;

export function getPlan(id: number, signal?: AbortSignal): Promise<PlanDetailResponse> {
  return apiGet<PlanDetailResponse>(`/plans/${id}`, { signal });
}

export const planQueryOptions = (id: number) =>
  queryOptions({
    queryKey: planQueryKey(id),
    queryFn: ({ signal }) => getPlan(id, signal),
  });

export function usePlan(id: number | null | undefined) {
  return useQuery({
    ...planQueryOptions(id ?? 0),
    enabled: typeof id === 'number' && id > 0,
  });
}
