import type { CloseNoticeRequest, NoticeResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function closeNotice(id: number, body: CloseNoticeRequest): Promise<NoticeResponse> {
  return apiSend<NoticeResponse>('POST', `/notices/${id}/close`, body);
}

/** The office closes (办结) an answered notice. */
export function useCloseNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CloseNoticeRequest }) => closeNotice(id, body),
    onSuccess: () => invalidateNotices(queryClient),
  });
}
