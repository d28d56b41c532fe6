import type { PlanImportDraftResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { planImportQueryKey, planImportsPath } from './keys';

export function getPlanImport(
  code: string,
  id: number,
  signal?: AbortSignal,
): Promise<PlanImportDraftResponse> {
  return apiGet<PlanImportDraftResponse>(`${planImportsPath(code)}/${id}`, { signal });
}

export const planImportQueryOptions = (code: string, id: number) =>
  queryOptions({
    queryKey: planImportQueryKey(code, id),
    queryFn: ({ signal }) => getPlanImport(code, id, signal),
    retry: false,
  });

/** One import draft: the parsed plans, each task's source lines and unsure fields. */
export function usePlanImport(code: string, id: number | null) {
  return useQuery({ ...planImportQueryOptions(code, id ?? 0), enabled: id !== null });
}
