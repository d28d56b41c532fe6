import type { BulletinDetailResponse, UnlockReportPeriodRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { bulletinsKey } from './keys';

export function unlockReportPeriod(id: number, request: UnlockReportPeriodRequest) {
  return apiSend<BulletinDetailResponse>('POST', `/bulletins/${id}/unlock`, request);
}

/** Reopens one month of a published bulletin for reports, with a recorded reason. */
export function useUnlockReportPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...request }: UnlockReportPeriodRequest & { id: number }) =>
      unlockReportPeriod(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}
