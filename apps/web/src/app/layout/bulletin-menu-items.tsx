import { NotificationOutlined } from '@ant-design/icons';
import type { SessionUser } from '@bizenv/shared';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 通报 of the user's own jurisdiction, for office, leaders and city viewers. */
export function bulletinMenuItems(user: SessionUser | undefined): MenuItem[] {
  if (!user || !['office', 'leader', 'city_viewer'].includes(user.role)) return [];
  const path = `/j/${user.jurisdictionCode}/bulletins`;
  return [{ key: path, icon: <NotificationOutlined />, label: <Link to={path}>通报</Link> }];
}
