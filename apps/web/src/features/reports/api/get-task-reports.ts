import type { ReportDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportsRootKey } from './keys';

export const taskReportsQueryKey = (taskId: number) => [...reportsRootKey, 'task', taskId] as const;

/** GET /tasks/:id/reports: the task's reports the user may read, newest period first. */
export function getTaskReports(
  taskId: number,
  signal?: AbortSignal,
): Promise<ReportDetailResponse[]> {
  return apiGet<ReportDetailResponse[]>(`/tasks/${taskId}/reports`, { signal });
}

export const taskReportsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskReportsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskReports(taskId, signal),
    // A form being filled in must start from what the server holds now.
    staleTime: 0,
  });

export function useTaskReports(taskId: number | null) {
  return useQuery({ ...taskReportsQueryOptions(taskId ?? 0), enabled: taskId !== null });
}

/** My department's report on a task for a period; null while none was saved (未填报). */
export function useMyTaskReport(taskId: number, period: string, departmentId: number | null) {
  return useQuery({
    ...taskReportsQueryOptions(taskId),
    enabled: departmentId !== null,
    select: (reports) =>
      reports.find((r) => r.period === period && r.departmentId === departmentId) ?? null,
  });
}

/** The written report in place of its old version in a cached task timeline. */
export function withReport(
  reports: ReportDetailResponse[] | undefined,
  report: ReportDetailResponse,
): ReportDetailResponse[] | undefined {
  if (!reports) return reports;
  const others = reports.filter((r) => r.id !== report.id);
  return [report, ...others].sort((a, b) => b.period.localeCompare(a.period));
}
