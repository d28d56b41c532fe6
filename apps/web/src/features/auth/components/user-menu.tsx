import { ROLE_LABELS, type SessionUser } from '@bizenv/shared';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, message as messageApi } from 'antd';
import { errorMessage } from '@/lib/api-client';
import { useLogout } from '../api/logout';
import '../auth.css';

export interface UserMenuProps {
  user: SessionUser;
  jurisdictionName: string | undefined;
  /** Phones: the icon only; name, role and jurisdiction move into the menu. */
  compact: boolean;
  onChangePassword: () => void;
  /** After logout: the app leaves for the login page. */
  onSignedOut: () => void;
}

/** Who is signed in (name, role, jurisdiction), with 修改密码 and 退出登录. */
export function UserMenu({
  user,
  jurisdictionName,
  compact,
  onChangePassword,
  onSignedOut,
}: UserMenuProps) {
  const logoutMutation = useLogout();
  // Its own message holder: the header sits outside the pages' App provider (see page-frame).
  const [message, messageHolder] = messageApi.useMessage();
  const role = ROLE_LABELS[user.role];
  const place = [role, jurisdictionName].filter(Boolean).join(' · ');

  return (
    <>
      {messageHolder}
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items: [
            {
              key: 'who',
              disabled: true,
              className: 'user-menu__who',
              label: (
                <span>
                  <strong>{user.displayName}</strong>
                  <br />
                  <span className="user-menu__place">{place}</span>
                </span>
              ),
            },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'password') onChangePassword();
            if (key === 'logout') {
              logoutMutation.mutate(undefined, {
                onSuccess: onSignedOut,
                onError: (error) => void message.error(errorMessage(error)),
              });
            }
          },
        }}
      >
        <Button
          type="text"
          className="user-menu__trigger"
          aria-label={`当前用户：${user.displayName}（${place}）`}
          loading={logoutMutation.isPending}
        >
          <UserOutlined />
          {!compact && (
            <span className="user-menu__label">
              <span className="user-menu__name">{user.displayName}</span>
              <span className="user-menu__role">{place}</span>
            </span>
          )}
          <DownOutlined className="user-menu__caret" />
        </Button>
      </Dropdown>
    </>
  );
}
