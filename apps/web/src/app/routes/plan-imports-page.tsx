import { Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { RecentDraftsList } from '@/features/plan-import/components/recent-drafts-list';
import { UploadPanel } from '@/features/plan-import/components/upload-panel';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /j/:code/imports — the office uploads a plan document and finds its drafts. */
export function PlanImportsPage() {
  const { code = '' } = useParams();
  useReportPlace(code);
  const user = useCurrentUser();
  const { data: jurisdiction } = useJurisdiction(code);

  if (!user || user.role !== 'office' || user.jurisdictionCode !== code) {
    return (
      <NotFoundState
        title="方案导入仅供本级营商办使用"
        description="请从左侧菜单进入本角色的页面。"
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle('导入方案')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          导入方案
        </Typography.Title>
        <Typography.Text type="secondary">
          {jurisdiction?.name ?? ''}：上传方案文件，核对解析结果后提交，提交前不影响现有方案。
        </Typography.Text>
      </div>
      <UploadPanel code={code} />
      <RecentDraftsList code={code} />
    </Flex>
  );
}
