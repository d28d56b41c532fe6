import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, setCsrfToken } from '@/lib/api-client';
import type { SessionResponse, SessionUser } from '@bizenv/shared';

export const sessionQueryKey = ['auth', 'session'] as const;

/** GET /auth/me: who is signed in, and the CSRF token every write must carry. */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await apiGet<SessionResponse>('/auth/me', { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    // The session changes only by login, logout or password change, which update this entry.
    staleTime: Infinity,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in user; undefined until the session is loaded (the shell waits for it). */
export function useCurrentUser(): SessionUser | undefined {
  return useSession().data?.user;
}
