import type { PlanSummaryResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** Plans are listed under the jurisdiction's key so that editing a plan can invalidate both. */
export const jurisdictionPlansQueryKey = (code: string) =>
  ['jurisdictions', code, 'plans'] as const;

export function getJurisdictionPlans(
  code: string,
  signal?: AbortSignal,
): Promise<PlanSummaryResponse[]> {
  return apiGet<PlanSummaryResponse[]>(`/jurisdictions/${encodeURIComponent(code)}/plans`, {
    signal,
  });
}

export const jurisdictionPlansQueryOptions = (code: string) =>
  queryOptions({
    queryKey: jurisdictionPlansQueryKey(code),
    queryFn: ({ signal }) => getJurisdictionPlans(code, signal),
  });

export function useJurisdictionPlans(code: string | undefined) {
  return useQuery({
    ...jurisdictionPlansQueryOptions(code ?? ''),
    enabled: code !== undefined,
  });
}
