import { Alert } from 'antd';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { pageTitle } from '@/lib/format';
import { landingPath, safeNextPath } from '../landing';
import type { LoginPageState } from '../sign-in-redirect';
import { AuthCard } from './auth-card';

/** /login?next=… — sign in, then back to where the user was (or the role's start page). */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const notice = (useLocation().state as LoginPageState | null)?.notice;
  const next = safeNextPath(params.get('next'));

  return (
    <AuthCard subtitle="请使用本单位分配的账号登录">
      <title>{pageTitle('登录')}</title>
      {notice && <Alert type="warning" showIcon className="auth-notice" title={notice} />}
      <LoginForm
        onSignedIn={(user) => {
          if (user.mustChangePassword) {
            void navigate(
              next ? `/change-password?next=${encodeURIComponent(next)}` : '/change-password',
              {
                replace: true,
              },
            );
          } else {
            void navigate(next ?? landingPath(user), { replace: true });
          }
        }}
      />
    </AuthCard>
  );
}
