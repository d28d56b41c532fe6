import type { UserResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const usersQueryKey = ['users'] as const;

/** GET /users: the accounts of the office's jurisdiction. */
export function listUsers(signal?: AbortSignal): Promise<UserResponse[]> {
  return apiGet<UserResponse[]>('/users', { signal });
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => listUsers(signal),
    staleTime: 15_000,
  });

export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
