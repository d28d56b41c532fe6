import { Button, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/features/auth/api/get-session';
import { errorMessage, isSignInRequired } from '@/lib/api-client';
import { loginPath } from '../landing';

function FullPage({ children }: { children: ReactNode }) {
  return (
    <Flex vertical align="center" justify="center" gap={12} style={{ minHeight: '100vh' }}>
      {children}
    </Flex>
  );
}

/**
 * The shell opens only for a signed-in user whose password need not be changed first; anyone else
 * goes to the login or password page, and comes back here afterwards.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();

  if (session.isPending) {
    return (
      <FullPage>
        <Spin description="正在验证登录状态…" />
      </FullPage>
    );
  }
  if (session.isError) {
    if (isSignInRequired(session.error)) {
      return <Navigate to={loginPath(pathname + search)} replace />;
    }
    return (
      <FullPage>
        <p role="alert">{errorMessage(session.error)}</p>
        <Button type="primary" onClick={() => void session.refetch()}>
          重试
        </Button>
      </FullPage>
    );
  }
  if (session.data.user.mustChangePassword) {
    return <Navigate to="/change-password" replace />;
  }
  return <>{children}</>;
}
