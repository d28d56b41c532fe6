import { AlertOutlined, BugOutlined } from '@ant-design/icons';
import type { SessionUser } from '@bizenv/shared';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';

type MenuItem = NonNullable<MenuProps['items']>[number];

/**
 * 问题清单 and 督办 for the roles that work with them: the office (registers, issues, closes),
 * departments (rectify, answer) and the readers (leaders, city viewers). The server decides what
 * each list contains.
 */
export function trackingMenuItems(user: SessionUser | undefined): MenuItem[] {
  if (!user || user.role === 'system_admin') return [];
  return [
    { key: '/problems', icon: <BugOutlined />, label: <Link to="/problems">问题清单</Link> },
    { key: '/notices', icon: <AlertOutlined />, label: <Link to="/notices">督办</Link> },
  ];
}
