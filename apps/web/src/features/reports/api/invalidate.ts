import type { ReportDetailResponse } from '@bizenv/shared';
import type { QueryClient } from '@tanstack/react-query';
import { reportQueryKey } from './get-report';
import { taskReportsQueryKey, withReport } from './get-task-reports';
import { reportsRootKey } from './keys';

/**
 * After any write to a report: the written report is cached as returned, everything else about
 * reports is re-read, and so is the task (an accepted lead report moves its completion).
 */
export async function afterReportWrite(queryClient: QueryClient, report: ReportDetailResponse) {
  queryClient.setQueryData(reportQueryKey(report.id), report);
  queryClient.setQueryData(
    taskReportsQueryKey(report.taskId),
    (old: ReportDetailResponse[] | undefined) => withReport(old, report),
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportsRootKey }),
    // The tasks feature keys a task as ['tasks', id, …] and plan task lists as ['plans', id, 'tasks'].
    queryClient.invalidateQueries({ queryKey: ['tasks', report.taskId] }),
    queryClient.invalidateQueries({ queryKey: ['plans'] }),
  ]);
}
