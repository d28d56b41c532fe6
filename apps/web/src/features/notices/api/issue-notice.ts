import type { IssueNoticeRequest, NoticeResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function issueNotice(id: number, body: IssueNoticeRequest): Promise<NoticeResponse> {
  return apiSend<NoticeResponse>('POST', `/notices/${id}/issue`, body);
}

/** The office issues a draft (adjusted reason, level, due date); the department is notified. */
export function useIssueNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: IssueNoticeRequest }) => issueNotice(id, body),
    onSuccess: () => invalidateNotices(queryClient),
  });
}
