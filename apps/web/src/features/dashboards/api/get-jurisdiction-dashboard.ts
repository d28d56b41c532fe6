import type { JurisdictionDashboardResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { jurisdictionDashboardKey } from './keys';
import { searchOf } from './search';

/** GET /dashboards/jurisdictions/:code — every figure of a jurisdiction as of a day or month. */
export function getJurisdictionDashboard(
  code: string,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<JurisdictionDashboardResponse> {
  return apiGet<JurisdictionDashboardResponse>(
    `/dashboards/jurisdictions/${encodeURIComponent(code)}${searchOf({ asOf })}`,
    { signal },
  );
}

export const jurisdictionDashboardQueryOptions = (code: string, asOf: string | null) =>
  queryOptions({
    queryKey: jurisdictionDashboardKey(code, asOf),
    queryFn: ({ signal }) => getJurisdictionDashboard(code, asOf, signal),
  });

/** `refreshMs` re-reads the figures on a timer (the big screen). */
export function useJurisdictionDashboard(code: string, asOf: string | null, refreshMs?: number) {
  return useQuery({
    ...jurisdictionDashboardQueryOptions(code, asOf),
    refetchInterval: refreshMs ?? false,
    // A new day's figures replace the old ones in place instead of flashing a spinner.
    placeholderData: (previous) => previous,
  });
}
