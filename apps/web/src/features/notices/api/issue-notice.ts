import type { IssueNoticeRequest, NoticeResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';
import { updateNotice } from './update-notice';

export function issueNotice(id: number, body: IssueNoticeRequest): Promise<NoticeResponse> {
  return apiSend<NoticeResponse>('POST', `/notices/${id}/issue`, body);
}

interface IssueDraft {
  id: number;
  body: IssueNoticeRequest;
  /** A new addressee: issuing cannot change it, so the draft is saved with it first. */
  departmentId?: number;
}

/** The office issues a draft (adjusted reason, level, due date); the department is notified. */
export function useIssueNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body, departmentId }: IssueDraft) => {
      const version =
        departmentId === undefined
          ? body.version
          : (await updateNotice(id, { version: body.version, departmentId })).version;
      return issueNotice(id, { ...body, version });
    },
    // A failure after re-addressing still changed the draft: refresh either way.
    onSettled: () => invalidateNotices(queryClient),
  });
}
