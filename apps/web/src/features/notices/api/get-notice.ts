import type { NoticeDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { noticeQueryKey } from './keys';

export function getNotice(id: number, signal?: AbortSignal): Promise<NoticeDetailResponse> {
  return apiGet<NoticeDetailResponse>(`/notices/${id}`, { signal });
}

export const noticeQueryOptions = (id: number) =>
  queryOptions({ queryKey: noticeQueryKey(id), queryFn: ({ signal }) => getNotice(id, signal) });

/** One notice with its history (drafted, issued, answered, closed); null: nothing to read. */
export function useNotice(id: number | null) {
  return useQuery({ ...noticeQueryOptions(id ?? 0), enabled: id !== null });
}
