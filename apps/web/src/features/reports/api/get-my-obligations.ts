import type { MyReportObligationsResponse } from '@bizenv/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportsRootKey } from './keys';

export const myObligationsQueryKey = (period: string) =>
  [...reportsRootKey, 'my-obligations', period] as const;

/** The reports my department owes for a period, with the state of each. */
export function getMyObligations(
  period: string,
  signal?: AbortSignal,
): Promise<MyReportObligationsResponse> {
  return apiGet<MyReportObligationsResponse>(
    `/me/report-obligations?period=${encodeURIComponent(period)}`,
    { signal },
  );
}

export const myObligationsQueryOptions = (period: string) =>
  queryOptions({
    queryKey: myObligationsQueryKey(period),
    queryFn: ({ signal }) => getMyObligations(period, signal),
    staleTime: 15_000,
  });

export function useMyObligations(period: string) {
  return useQuery({ ...myObligationsQueryOptions(period), placeholderData: keepPreviousData });
}
