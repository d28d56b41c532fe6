import { Flex } from 'antd';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { NotFoundState } from '@/components/not-found-state';
import { LoadingState } from '@/components/loading-state';
import { ChildJurisdictions } from '@/features/jurisdictions/components/child-jurisdictions';
import { DepartmentDirectory } from '@/features/jurisdictions/components/department-directory';
import { JurisdictionHeader } from '@/features/jurisdictions/components/jurisdiction-header';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { PlanList } from '@/features/plans/components/plan-list';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /j/:code — a jurisdiction's plans; a city also links to its counties. */
export function JurisdictionPage() {
  const { code = '' } = useParams();
  const query = useJurisdiction(code);
  useReportPlace(query.data ? code : undefined);

  if (query.isPending) return <LoadingState text="正在加载辖区…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const jurisdiction = query.data;
  if (!jurisdiction) {
    return <NotFoundState title="未找到该辖区" description={`行政区划代码 ${code} 不在系统中。`} />;
  }

  return (
    <Flex vertical gap={16}>
      <title>{pageTitle(jurisdiction.name)}</title>
      <JurisdictionHeader jurisdiction={jurisdiction} />
      <ChildJurisdictions jurisdiction={jurisdiction} />
      <PlanList code={jurisdiction.code} />
      <DepartmentDirectory code={jurisdiction.code} />
    </Flex>
  );
}
