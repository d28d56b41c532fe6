import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { LazyUserMenu } from '@/features/auth/components/lazy-user-menu';
import { LazyJurisdictionSwitcher } from '@/features/jurisdictions/components/lazy-jurisdiction-switcher';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { LazyNotificationBell } from '@/features/notifications/components/lazy-notification-bell';
import { useCurrentPlace } from '../current-jurisdiction';

interface AppHeaderProps {
  mobile: boolean;
  onOpenMenu: () => void;
}

export function AppHeader({ mobile, onOpenMenu }: AppHeaderProps) {
  const { jurisdictionCode } = useCurrentPlace();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const { data: home } = useJurisdiction(user?.jurisdictionCode);

  return (
    <Layout.Header className="app-header">
      {mobile && (
        <Button
          type="text"
          className="app-header__menu"
          icon={<MenuOutlined />}
          aria-label="打开导航菜单"
          onClick={onOpenMenu}
        />
      )}
      <Link to="/" className="app-brand" aria-label="营商环境改革督办系统 首页">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <span className="app-brand__name">{mobile ? '营商环境督办' : '营商环境改革督办系统'}</span>
      </Link>
      <div className="app-header__spacer" />
      <LazyJurisdictionSwitcher
        value={jurisdictionCode}
        width={mobile ? 132 : 220}
        onChange={(code) => void navigate(`/j/${code}`)}
      />
      {user && <LazyNotificationBell />}
      {user && (
        <LazyUserMenu
          user={user}
          jurisdictionName={home?.name}
          compact={mobile}
          onChangePassword={() => void navigate('/change-password')}
          // A full load of the login page drops everything this user had in memory.
          onSignedOut={() => window.location.assign('/login')}
        />
      )}
    </Layout.Header>
  );
}
