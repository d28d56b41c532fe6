import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '@/lib/api-client';
import type { SessionResponse } from '@bizenv/shared';
import { sessionQueryKey } from './get-session';

export interface LoginInput {
  username: string;
  password: string;
}

export function login(input: LoginInput): Promise<SessionResponse> {
  return apiSend<SessionResponse>('POST', '/auth/login', input);
}

/** Signs in; nothing cached for an earlier user survives, the new session is cached at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
