import type { ReportDetailResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { taskReportsQueryKey, withReport } from './get-task-reports';
import { afterReportWrite } from './invalidate';
import { reportsRootKey } from './keys';
import { saveReport, type SaveReportInput } from './save-report';

export function submitReport(id: number, version: number): Promise<ReportDetailResponse> {
  return apiSend<ReportDetailResponse>('POST', `/reports/${id}/submit`, { version });
}

/**
 * 提交: saves what is on screen, then submits that version. Two requests, so a failed submission
 * (say, completion missing) still keeps the text as a draft.
 */
export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveReportInput) => {
      const saved = await saveReport(input);
      queryClient.setQueryData(
        taskReportsQueryKey(saved.taskId),
        (old: ReportDetailResponse[] | undefined) => withReport(old, saved),
      );
      return submitReport(saved.id, saved.version);
    },
    onSuccess: (report) => afterReportWrite(queryClient, report),
    // Whatever happened, what the server holds now is what the form must show.
    onError: () => queryClient.invalidateQueries({ queryKey: reportsRootKey }),
  });
}
