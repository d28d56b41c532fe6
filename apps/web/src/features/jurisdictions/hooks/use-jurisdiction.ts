import type { JurisdictionResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { jurisdictionsQueryOptions } from '../api/get-jurisdictions';

/** One jurisdiction, read from the (cached) list; `data` is null when the code is unknown. */
export function useJurisdiction(code: string | undefined) {
  return useQuery({
    ...jurisdictionsQueryOptions(),
    select: (list: JurisdictionResponse[]) => list.find((j) => j.code === code) ?? null,
    enabled: code !== undefined,
  });
}
