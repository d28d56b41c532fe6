import { useMutation } from '@tanstack/react-query';
import { apiSend, isSignInRequired, setCsrfToken } from '@/lib/api-client';

export async function logout(): Promise<void> {
  try {
    await apiSend<unknown>('POST', '/auth/logout');
  } catch (error) {
    // A session that is already gone is as good as a logout.
    if (!isSignInRequired(error)) throw error;
  }
}

/**
 * Signs out. The caller then reloads the login page, which drops every cached answer of this
 * user from memory (cheaper to reason about than clearing each cache by hand).
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => setCsrfToken(null),
  });
}
