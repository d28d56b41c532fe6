import type { ReportDetailResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportsRootKey } from './keys';

export const reportQueryKey = (id: number) => [...reportsRootKey, 'detail', id] as const;

export function getReport(id: number, signal?: AbortSignal): Promise<ReportDetailResponse> {
  return apiGet<ReportDetailResponse>(`/reports/${id}`, { signal });
}

export const reportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: reportQueryKey(id),
    queryFn: ({ signal }) => getReport(id, signal),
    staleTime: 0,
  });

export function useReport(id: number | null) {
  return useQuery({ ...reportQueryOptions(id ?? 0), enabled: id !== null });
}
