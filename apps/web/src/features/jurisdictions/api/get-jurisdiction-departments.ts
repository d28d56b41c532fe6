import type { DepartmentResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { jurisdictionsQueryKey } from './get-jurisdictions';

export const jurisdictionDepartmentsQueryKey = (code: string) =>
  [...jurisdictionsQueryKey, code, 'departments'] as const;

export function getJurisdictionDepartments(
  code: string,
  signal?: AbortSignal,
): Promise<DepartmentResponse[]> {
  return apiGet<DepartmentResponse[]>(`/jurisdictions/${encodeURIComponent(code)}/departments`, {
    signal,
  });
}

export const jurisdictionDepartmentsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: jurisdictionDepartmentsQueryKey(code),
    queryFn: ({ signal }) => getJurisdictionDepartments(code, signal),
  });

export function useJurisdictionDepartments(code: string | undefined) {
  return useQuery({
    ...jurisdictionDepartmentsQueryOptions(code ?? ''),
    enabled: code !== undefined,
  });
}
