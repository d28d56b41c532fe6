import type { ReportDetailResponse, SaveReportRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { afterReportWrite } from './invalidate';

export interface SaveReportInput {
  taskId: number;
  period: string;
  body: SaveReportRequest;
}

/** PUT /tasks/:id/reports/:period: create or update my department's draft (or returned) report. */
export function saveReport({
  taskId,
  period,
  body,
}: SaveReportInput): Promise<ReportDetailResponse> {
  return apiSend<ReportDetailResponse>('PUT', `/tasks/${taskId}/reports/${period}`, body);
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (report) => afterReportWrite(queryClient, report),
  });
}
