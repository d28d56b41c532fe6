import type { BulletinDetailResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { bulletinKey } from './keys';

/** One bulletin with the figures its documents were built from. */
export function getBulletin(id: number, signal?: AbortSignal) {
  return apiGet<BulletinDetailResponse>(`/bulletins/${id}`, { signal });
}

export function useBulletin(id: number) {
  return useQuery({ queryKey: bulletinKey(id), queryFn: ({ signal }) => getBulletin(id, signal) });
}
