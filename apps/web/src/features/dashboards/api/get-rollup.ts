import type { RollupResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { rollupKey } from './keys';
import { searchOf } from './search';

/** GET /dashboards/jurisdictions/:code/rollup — the counties of a city side by side. */
export function getRollup(
  code: string,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<RollupResponse> {
  return apiGet<RollupResponse>(
    `/dashboards/jurisdictions/${encodeURIComponent(code)}/rollup${searchOf({ asOf })}`,
    { signal },
  );
}

export const rollupQueryOptions = (code: string, asOf: string | null) =>
  queryOptions({
    queryKey: rollupKey(code, asOf),
    queryFn: ({ signal }) => getRollup(code, asOf, signal),
  });

export function useRollup(code: string, asOf: string | null) {
  return useQuery({ ...rollupQueryOptions(code, asOf), placeholderData: (previous) => previous });
}
