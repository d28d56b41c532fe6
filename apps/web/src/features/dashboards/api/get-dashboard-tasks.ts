import type { DashboardTaskListResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { dashboardTasksKey } from './keys';
import { searchOf } from './search';

/** GET /dashboards/jurisdictions/:code/tasks?bucket= — the tasks behind one figure. */
export function getDashboardTasks(
  code: string,
  asOf: string | null,
  bucket: string,
  signal?: AbortSignal,
): Promise<DashboardTaskListResponse> {
  return apiGet<DashboardTaskListResponse>(
    `/dashboards/jurisdictions/${encodeURIComponent(code)}/tasks${searchOf({ asOf, bucket })}`,
    { signal },
  );
}

export const dashboardTasksQueryOptions = (code: string, asOf: string | null, bucket: string) =>
  queryOptions({
    queryKey: dashboardTasksKey(code, asOf, bucket),
    queryFn: ({ signal }) => getDashboardTasks(code, asOf, bucket, signal),
  });

export function useDashboardTasks(code: string, asOf: string | null, bucket: string) {
  return useQuery(dashboardTasksQueryOptions(code, asOf, bucket));
}
