import type { JurisdictionResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const jurisdictionsQueryKey = ['jurisdictions'] as const;

export function getJurisdictions(signal?: AbortSignal): Promise<JurisdictionResponse[]> {
  return apiGet<JurisdictionResponse[]>('/jurisdictions', { signal });
}

export const jurisdictionsQueryOptions = () =>
  queryOptions({
    queryKey: jurisdictionsQueryKey,
    queryFn: ({ signal }) => getJurisdictions(signal),
    // The list of jurisdictions changes when a county is onboarded: rarely.
    staleTime: 10 * 60_000,
  });

export function useJurisdictions() {
  return useQuery(jurisdictionsQueryOptions());
}
