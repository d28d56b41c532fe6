import type { BulletinDetailResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { bulletinsKey } from './keys';

export function publishBulletin(id: number, version: number) {
  return apiSend<BulletinDetailResponse>('POST', `/bulletins/${id}/publish`, { version });
}

/** Publishes a draft: its files are frozen and its months' reports locked. */
export function usePublishBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => publishBulletin(id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}
