import type { BulletinResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { bulletinListKey } from './keys';

/** A jurisdiction's bulletins, newest period first. */
export function getBulletins(code: string, signal?: AbortSignal) {
  return apiGet<BulletinResponse[]>(`/jurisdictions/${code}/bulletins`, { signal });
}

export function useBulletins(code: string) {
  return useQuery({
    queryKey: bulletinListKey(code),
    queryFn: ({ signal }) => getBulletins(code, signal),
  });
}
