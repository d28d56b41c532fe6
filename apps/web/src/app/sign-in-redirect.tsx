import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { setCsrfToken, setSignInRequiredHandler } from '@/lib/api-client';
import { loginPath } from './landing';
import { router } from './router';

/** State the login page reads: why the user was sent there, in the server's words. */
export interface LoginPageState {
  notice?: string;
}

/**
 * Any request refused with 401 UNAUTHENTICATED / SESSION_EXPIRED sends the user to the login page,
 * which brings them back to where they were once signed in. Cached answers are dropped: they were
 * read with a session that is gone.
 */
export function SignInRedirect() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setSignInRequiredHandler((error) => {
      const { pathname, search } = router.state.location;
      if (pathname === '/login') return;
      setCsrfToken(null);
      const state: LoginPageState = { notice: error.message };
      void router
        .navigate(loginPath(pathname + search), { replace: true, state })
        .then(() => queryClient.removeQueries());
    });
    return () => setSignInRequiredHandler(null);
  }, [queryClient]);
  return null;
}
