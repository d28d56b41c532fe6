import { CarryOutOutlined } from '@ant-design/icons';
import type { SessionUser } from '@bizenv/shared';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 年度考核 of the user's own jurisdiction, for office, leaders and city viewers. */
export function assessmentMenuItems(user: SessionUser | undefined): MenuItem[] {
  if (!user || !['office', 'leader', 'city_viewer'].includes(user.role)) return [];
  const path = `/j/${user.jurisdictionCode}/assessment`;
  return [{ key: path, icon: <CarryOutOutlined />, label: <Link to={path}>年度考核</Link> }];
}
