import { Alert, Button, Flex, Spin } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@/features/auth/api/get-session';
import { useLogout } from '@/features/auth/api/logout';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { errorMessage, isSignInRequired } from '@/lib/api-client';
import { pageTitle } from '@/lib/format';
import { landingPath, loginPath, safeNextPath } from '../landing';
import { AuthCard } from './auth-card';

/**
 * /change-password — forced after an initial or reset password (nothing else opens until it is
 * done), or chosen from the user menu.
 */
export function ChangePasswordPage() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const next = safeNextPath(useSearchParams()[0].get('next'));

  if (session.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin />
      </Flex>
    );
  }
  if (session.isError) {
    if (isSignInRequired(session.error))
      return <Navigate to={loginPath('/change-password')} replace />;
    return <Alert type="error" showIcon title={errorMessage(session.error)} />;
  }
  const { user } = session.data;
  const forced = user.mustChangePassword;

  return (
    <AuthCard wide subtitle={forced ? '首次登录或密码被重置，请先设置新密码' : '修改登录密码'}>
      <title>{pageTitle('修改密码')}</title>
      {forced && (
        <Alert
          type="info"
          showIcon
          className="auth-notice"
          title={`${user.displayName}，您好`}
          description="为保障账号安全，须修改初始密码后才能使用系统。修改后其他设备上的登录将退出。"
        />
      )}
      <ChangePasswordForm
        user={user}
        onChanged={() => void navigate(next ?? landingPath(user), { replace: true })}
      />
      {forced ? (
        // Someone else's account, or not now: leave without changing anything.
        <Button
          type="link"
          block
          style={{ marginTop: 8 }}
          loading={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, { onSuccess: () => window.location.assign('/login') })
          }
        >
          退出登录
        </Button>
      ) : (
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => void navigate(-1)}>
          返回
        </Button>
      )}
    </AuthCard>
  );
}
