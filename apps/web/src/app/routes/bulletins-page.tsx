import { useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { BulletinsView } from '@/features/bulletins/components/bulletins-view';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /j/:code/bulletins — 通报 for office, leaders and city viewers. */
export function BulletinsPage() {
  const { code = '' } = useParams();
  useReportPlace(code);
  const user = useCurrentUser();
  const { data: jurisdiction } = useJurisdiction(code);

  if (!user || user.role === 'department' || user.role === 'system_admin') {
    return (
      <NotFoundState
        title="通报仅供营商办、领导查看"
        description="请从左侧菜单进入本角色的页面。"
      />
    );
  }
  return (
    <>
      <title>{pageTitle('通报')}</title>
      <BulletinsView code={code} jurisdictionName={jurisdiction?.name ?? ''} user={user} />
    </>
  );
}
