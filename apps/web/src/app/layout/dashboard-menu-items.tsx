import { DashboardOutlined, TrophyOutlined } from '@ant-design/icons';
import type { JurisdictionLevel, SessionUser } from '@bizenv/shared';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Roles that read their jurisdiction's dashboard; departments have their own workspace. */
const DASHBOARD_ROLES: ReadonlySet<SessionUser['role']> = new Set([
  'leader',
  'city_viewer',
  'office',
]);

/**
 * 数据看板 of the user's own jurisdiction, and 比学赶超 where there are counties below it (a city
 * or the province). The server still decides what each may read.
 */
export function dashboardMenuItems(
  user: SessionUser | undefined,
  level: JurisdictionLevel | undefined,
): MenuItem[] {
  if (!user || !DASHBOARD_ROLES.has(user.role)) return [];
  const code = user.jurisdictionCode;
  const items: MenuItem[] = [
    {
      key: `/j/${code}/dashboard`,
      icon: <DashboardOutlined />,
      label: <Link to={`/j/${code}/dashboard`}>数据看板</Link>,
    },
  ];
  if (level === 'city' || level === 'province') {
    items.push({
      key: `/j/${code}/rollup`,
      icon: <TrophyOutlined />,
      label: <Link to={`/j/${code}/rollup`}>比学赶超</Link>,
    });
  }
  return items;
}
