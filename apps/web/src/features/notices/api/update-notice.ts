import type { NoticeDetailResponse, UpdateNoticeRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function updateNotice(id: number, body: UpdateNoticeRequest): Promise<NoticeDetailResponse> {
  return apiSend<NoticeDetailResponse>('PATCH', `/notices/${id}`, body);
}

/** The office saves its changes to a draft (保存草稿) without issuing it. */
export function useUpdateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateNoticeRequest }) => updateNotice(id, body),
    onSuccess: () => invalidateNotices(queryClient),
  });
}
