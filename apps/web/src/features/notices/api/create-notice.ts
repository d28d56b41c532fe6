import type { CreateNoticeRequest, NoticeResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function createNotice(body: CreateNoticeRequest): Promise<NoticeResponse> {
  return apiSend<NoticeResponse>('POST', '/notices', body);
}

/** The office writes a notice by hand, as a draft or issued at once. */
export function useCreateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNotice,
    onSuccess: () => invalidateNotices(queryClient),
  });
}
