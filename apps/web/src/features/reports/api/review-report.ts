import type { ReportDetailResponse, ReturnReportRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { afterReportWrite } from './invalidate';

export function acceptReport(id: number, version: number): Promise<ReportDetailResponse> {
  return apiSend<ReportDetailResponse>('POST', `/reports/${id}/accept`, { version });
}

export function returnReport(id: number, body: ReturnReportRequest): Promise<ReportDetailResponse> {
  return apiSend<ReportDetailResponse>('POST', `/reports/${id}/return`, body);
}

/** The office's decision on a submitted report: 通过, or 退回 with a reason. */
export function useReviewReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { id: number; decision: 'accept'; version: number }
        | { id: number; decision: 'return'; version: number; reason: string },
    ) =>
      input.decision === 'accept'
        ? acceptReport(input.id, input.version)
        : returnReport(input.id, { reason: input.reason, version: input.version }),
    onSuccess: (report) => afterReportWrite(queryClient, report),
  });
}
