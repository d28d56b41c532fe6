import type { DashboardReportListQuery, DashboardReportListResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { dashboardReportsKey } from './keys';
import { searchOf } from './search';

/** GET /dashboards/jurisdictions/:code/reports — the reports departments owe in a period. */
export function getDashboardReports(
  code: string,
  query: DashboardReportListQuery,
  signal?: AbortSignal,
): Promise<DashboardReportListResponse> {
  const search = searchOf({
    asOf: query.asOf,
    period: query.period,
    department: query.department,
    state: query.state,
  });
  return apiGet<DashboardReportListResponse>(
    `/dashboards/jurisdictions/${encodeURIComponent(code)}/reports${search}`,
    { signal },
  );
}

export const dashboardReportsQueryOptions = (code: string, query: DashboardReportListQuery) =>
  queryOptions({
    queryKey: dashboardReportsKey(code, query),
    queryFn: ({ signal }) => getDashboardReports(code, query, signal),
  });

export function useDashboardReports(code: string, query: DashboardReportListQuery) {
  return useQuery(dashboardReportsQueryOptions(code, query));
}
