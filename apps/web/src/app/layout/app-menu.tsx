import {
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  FileTextOutlined,
  PaperClipOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { SessionUser } from '@bizenv/shared';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { useJurisdictionPlans } from '@/features/plans/api/get-jurisdiction-plans';
import { nestAnnexes } from '@/features/plans/lib/plan-tree';
import { useCurrentPlace } from '../current-jurisdiction';
import { assessmentMenuItems } from './assessment-menu-items';
import { bulletinMenuItems } from './bulletin-menu-items';
import { dashboardMenuItems } from './dashboard-menu-items';
import { trackingMenuItems } from './tracking-menu-items';

type MenuItem = NonNullable<MenuProps['items']>[number];

function usePlanItems(code: string | undefined): MenuItem[] {
  const { data: plans } = useJurisdictionPlans(code);
  return nestAnnexes(plans ?? []).flatMap((plan) => [
    {
      key: `/plans/${plan.id}`,
      icon: <FileTextOutlined />,
      label: (
        <Link to={`/plans/${plan.id}`} title={plan.title}>
          {plan.title}
        </Link>
      ),
    },
    ...plan.annexes.map((annex) => ({
      key: `/plans/${annex.id}`,
      icon: <PaperClipOutlined />,
      className: 'app-menu__annex',
      label: (
        <Link to={`/plans/${annex.id}`} title={annex.title}>
          {annex.title}
        </Link>
      ),
    })),
  ]);
}

/** The daily work of the user's role; the server still checks every request. */
function roleItems(user: SessionUser | undefined): MenuItem[] {
  if (user?.role === 'department') {
    return [
      {
        key: '/workspace',
        icon: <ScheduleOutlined />,
        label: <Link to="/workspace">我的任务</Link>,
      },
    ];
  }
  if (user?.role === 'office') {
    return [
      {
        key: '/office/reports',
        icon: <AuditOutlined />,
        label: <Link to="/office/reports">报告审核</Link>,
      },
      {
        key: '/office/users',
        icon: <TeamOutlined />,
        label: <Link to="/office/users">用户管理</Link>,
      },
      {
        key: `/j/${user.jurisdictionCode}/imports`,
        icon: <CloudUploadOutlined />,
        label: <Link to={`/j/${user.jurisdictionCode}/imports`}>导入方案</Link>,
      },
    ];
  }
  return [];
}

/** Navigation: the role's daily work, the overview, then the current jurisdiction's plans. */
export function AppMenu() {
  const { jurisdictionCode, planId } = useCurrentPlace();
  const { pathname } = useLocation();
  const { data: jurisdiction } = useJurisdiction(jurisdictionCode);
  const planItems = usePlanItems(jurisdictionCode);
  const user = useCurrentUser();
  const { data: home } = useJurisdiction(user?.jurisdictionCode);

  const items: MenuItem[] = [
    ...dashboardMenuItems(user, home?.level),
    ...bulletinMenuItems(user),
    ...assessmentMenuItems(user),
    ...roleItems(user),
    ...trackingMenuItems(user),
    { key: '/overview', icon: <ApartmentOutlined />, label: <Link to="/overview">辖区总览</Link> },
  ];
  if (jurisdictionCode && jurisdiction) {
    items.push({
      key: 'current',
      type: 'group',
      label: jurisdiction.name,
      children: [
        {
          key: `/j/${jurisdictionCode}`,
          icon: <UnorderedListOutlined />,
          label: <Link to={`/j/${jurisdictionCode}`}>方案列表</Link>,
        },
        ...planItems,
      ],
    });
  }
  // A department's report form belongs to its 我的任务; other task pages to their plan.
  const selected =
    user?.role === 'department' && /^\/tasks\/\d+\/reports\//.test(pathname)
      ? '/workspace'
      : pathname.startsWith('/tasks/') && planId !== undefined
        ? `/plans/${planId}`
        : pathname;

  return <Menu mode="inline" className="app-menu" selectedKeys={[selected]} items={items} />;
}
