import type { AnswerNoticeRequest, NoticeResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function answerNotice(id: number, body: AnswerNoticeRequest): Promise<NoticeResponse> {
  return apiSend<NoticeResponse>('POST', `/notices/${id}/answer`, body);
}

/** The addressed department answers a notice. */
export function useAnswerNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AnswerNoticeRequest }) => answerNotice(id, body),
    onSuccess: () => invalidateNotices(queryClient),
  });
}
