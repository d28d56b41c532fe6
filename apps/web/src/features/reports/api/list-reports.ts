import type { ReportListResponse, ReportStatus } from '@bizenv/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportsRootKey } from './keys';

export interface ReportListFilter {
  jurisdictionCode?: string;
  period?: string;
  status?: ReportStatus;
  departmentId?: number;
  taskId?: number;
}

/** The most rows one request asks for (the API's maximum page); the lists filter and page on screen. */
export const REPORT_LIST_LIMIT = 500;

export const reportListQueryKey = (filter: ReportListFilter) =>
  [...reportsRootKey, 'list', filter] as const;

export function listReports(
  filter: ReportListFilter,
  signal?: AbortSignal,
): Promise<ReportListResponse> {
  const params = new URLSearchParams({ limit: String(REPORT_LIST_LIMIT) });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return apiGet<ReportListResponse>(`/reports?${params.toString()}`, { signal });
}

export const reportListQueryOptions = (filter: ReportListFilter) =>
  queryOptions({
    queryKey: reportListQueryKey(filter),
    queryFn: ({ signal }) => listReports(filter, signal),
    staleTime: 15_000,
  });

export function useReportList(filter: ReportListFilter, enabled = true) {
  return useQuery({
    ...reportListQueryOptions(filter),
    enabled,
    // Changing a filter keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
