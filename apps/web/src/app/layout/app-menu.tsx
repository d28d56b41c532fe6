import {
  ApartmentOutlined,
  FileTextOutlined,
  PaperClipOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { useJurisdictionPlans } from '@/features/plans/api/get-jurisdiction-plans';
import { nestAnnexes } from '@/features/plans/lib/plan-tree';
import { useCurrentPlace } from '../current-jurisdiction';

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

/** Navigation: the overview, then the current jurisdiction's plans. */
export function AppMenu() {
  const { jurisdictionCode, planId } = useCurrentPlace();
  const { pathname } = useLocation();
  const { data: jurisdiction } = useJurisdiction(jurisdictionCode);
  const planItems = usePlanItems(jurisdictionCode);

  const items: MenuItem[] = [
    { key: '/', icon: <ApartmentOutlined />, label: <Link to="/">辖区总览</Link> },
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
  const selected =
    pathname.startsWith('/tasks/') && planId !== undefined ? `/plans/${planId}` : pathname;

  return <Menu mode="inline" className="app-menu" selectedKeys={[selected]} items={items} />;
}
