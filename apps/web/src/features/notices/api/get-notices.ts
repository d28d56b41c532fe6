import type { NoticeListQuery, NoticeResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { noticesQueryKey } from './keys';

function search(query: NoticeListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.departmentId !== undefined) params.set('departmentId', String(query.departmentId));
  if (query.taskId !== undefined) params.set('taskId', String(query.taskId));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Notices the user may read: the office's whole jurisdiction, a department's own. */
export function getNotices(
  query: NoticeListQuery,
  signal?: AbortSignal,
): Promise<NoticeResponse[]> {
  return apiGet<NoticeResponse[]>(`/notices${search(query)}`, { signal });
}

export const noticesQueryOptions = (query: NoticeListQuery) =>
  queryOptions({
    queryKey: noticesQueryKey(query),
    queryFn: ({ signal }) => getNotices(query, signal),
  });

export function useNotices(query: NoticeListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...noticesQueryOptions(query), enabled: options.enabled ?? true });
}
