import { useParams } from 'react-router';
import { JurisdictionDashboard } from '@/features/dashboards/components/jurisdiction-dashboard';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /j/:code/dashboard?asOf= — the jurisdiction's figures (数据看板). */
export function DashboardPage() {
  const { code = '' } = useParams();
  useReportPlace(code);
  return (
    <>
      <title>{pageTitle('数据看板')}</title>
      <JurisdictionDashboard code={code} />
    </>
  );
}
