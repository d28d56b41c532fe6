import type { BulletinDetailResponse, GenerateBulletinRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { bulletinsKey } from './keys';

export function generateBulletin(code: string, request: GenerateBulletinRequest) {
  return apiSend<BulletinDetailResponse>('POST', `/jurisdictions/${code}/bulletins`, request);
}

/** Generates a period's bulletin (or regenerates its draft). */
export function useGenerateBulletin(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GenerateBulletinRequest) => generateBulletin(code, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bulletinsKey }),
  });
}
