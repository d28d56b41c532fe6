import { useParams, useSearchParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { AssessmentView } from '@/features/assessment/components/assessment-view';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** The current year in China and the four before it. */
function selectableYears(): number[] {
  const current = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
      new Date(),
    ),
  );
  return [0, 1, 2, 3, 4].map((back) => current - back);
}

/** /j/:code/assessment?year= — 年度考核 for office, leaders and city viewers. */
export function AssessmentPage() {
  const { code = '' } = useParams();
  useReportPlace(code);
  const user = useCurrentUser();
  const { data: jurisdiction } = useJurisdiction(code);
  const [params, setParams] = useSearchParams();
  const years = selectableYears();
  const year = years.find((value) => String(value) === params.get('year')) ?? years[0]!;

  if (!user || user.role === 'department' || user.role === 'system_admin') {
    return (
      <NotFoundState
        title="年度考核仅供营商办、领导查看"
        description="请从左侧菜单进入本角色的页面。"
      />
    );
  }
  return (
    <>
      <title>{pageTitle('年度考核')}</title>
      <AssessmentView
        code={code}
        jurisdictionName={jurisdiction?.name ?? ''}
        year={year}
        years={years}
        onYearChange={(value) => setParams({ year: String(value) }, { replace: true })}
        user={user}
      />
    </>
  );
}
