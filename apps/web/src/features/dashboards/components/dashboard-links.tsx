import { DesktopOutlined, TrophyOutlined } from '@ant-design/icons';
import type { DashboardJurisdiction } from '@bizenv/shared';
import { Button } from 'antd';
import { Link } from 'react-router';
import { cockpitPath, rollupPath } from '../lib/as-of';

/** From a dashboard to its counties' comparison (cities, the province) and to the big screen. */
export function DashboardLinks({
  jurisdiction,
  asOf,
}: {
  jurisdiction: DashboardJurisdiction;
  asOf: string | null;
}) {
  return (
    <>
      {jurisdiction.level !== 'county' && (
        <Link to={rollupPath(jurisdiction.code, asOf)}>
          <Button icon={<TrophyOutlined />}>比学赶超</Button>
        </Link>
      )}
      <Link to={cockpitPath(jurisdiction.code)}>
        <Button icon={<DesktopOutlined />}>大屏模式</Button>
      </Link>
    </>
  );
}
