import type { JurisdictionReportStatusResponse } from '@bizenv/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportsRootKey } from './keys';

export const reportStatusQueryKey = (code: string, period: string) =>
  [...reportsRootKey, 'status', code, period] as const;

/** Per department: how many reports of the period came in on time, late, or not at all. */
export function getReportStatus(
  code: string,
  period: string,
  signal?: AbortSignal,
): Promise<JurisdictionReportStatusResponse> {
  return apiGet<JurisdictionReportStatusResponse>(
    `/jurisdictions/${encodeURIComponent(code)}/report-status?period=${encodeURIComponent(period)}`,
    { signal },
  );
}

export const reportStatusQueryOptions = (code: string, period: string) =>
  queryOptions({
    queryKey: reportStatusQueryKey(code, period),
    queryFn: ({ signal }) => getReportStatus(code, period, signal),
    staleTime: 30_000,
  });

export function useReportStatus(code: string, period: string) {
  return useQuery({ ...reportStatusQueryOptions(code, period), placeholderData: keepPreviousData });
}
