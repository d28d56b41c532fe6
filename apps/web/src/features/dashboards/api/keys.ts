import type { DashboardReportListQuery } from '@bizenv/shared';

/**
 * Every dashboard query lives under ['dashboards']. `asOf` is the URL's value (null = today), so
 * a past view and the live view are cached apart.
 */
export const dashboardsRootKey = ['dashboards'] as const;
export const jurisdictionDashboardKey = (code: string, asOf: string | null) =>
  ['dashboards', 'jurisdiction', code, asOf] as const;
export const rollupKey = (code: string, asOf: string | null) =>
  ['dashboards', 'rollup', code, asOf] as const;
export const dashboardTasksKey = (code: string, asOf: string | null, bucket: string) =>
  ['dashboards', 'tasks', code, asOf, bucket] as const;
export const dashboardReportsKey = (code: string, query: DashboardReportListQuery) =>
  ['dashboards', 'reports', code, query] as const;
