import type { ChangePasswordRequest, SessionResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, setCsrfToken } from '@/lib/api-client';
import { sessionQueryKey } from './get-session';

export function changePassword(body: ChangePasswordRequest): Promise<SessionResponse> {
  return apiSend<SessionResponse>('POST', '/auth/password', body);
}

/** POST /auth/password: the answer is the session without the forced change (new CSRF token). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
