import { useParams } from 'react-router';
import { RollupDashboard } from '@/features/dashboards/components/rollup-dashboard';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /j/:code/rollup?asOf= — a city's (or the province's) counties compared. */
export function RollupPage() {
  const { code = '' } = useParams();
  useReportPlace(code);
  return (
    <>
      <title>{pageTitle('比学赶超')}</title>
      <RollupDashboard code={code} />
    </>
  );
}
