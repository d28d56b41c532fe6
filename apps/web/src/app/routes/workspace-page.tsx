import { Alert, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { BulkProgressActions } from '@/features/ledgers/components/bulk-progress-actions';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { useMyObligations } from '@/features/reports/api/get-my-obligations';
import { useReportList } from '@/features/reports/api/list-reports';
import { ObligationList } from '@/features/reports/components/obligation-list';
import { PeriodSelect } from '@/features/reports/components/period-select';
import { ReturnedReports } from '@/features/reports/components/returned-reports';
import { usePeriodParam } from '@/features/reports/hooks/use-period-param';
import { periodLabel } from '@/features/reports/lib/periods';
import { formatDate, pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { WorkspacePanels } from './workspace-panels';

function ObligationsCard({ period, onPeriod }: { period: string; onPeriod: (p: string) => void }) {
  const query = useMyObligations(period);
  const obligations = query.data?.obligations ?? [];
  const overdue = obligations.filter((o) => o.timeliness === 'missing').length;

  return (
    <Card
      size="small"
      title={`${periodLabel(period)}进展报告`}
      extra={
        <Space wrap>
          <BulkProgressActions period={period} />
          <PeriodSelect value={period} onChange={onPeriod} />
        </Space>
      }
      className="obligations-card"
    >
      {query.isPending ? (
        <LoadingState text="正在加载本月应报任务…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Alert
            type={overdue > 0 ? 'warning' : 'info'}
            showIcon
            className="obligation-due"
            title={
              overdue > 0
                ? `本月报告截止日期为 ${formatDate(query.data.dueDate)}，已有 ${overdue} 项逾期未报送。`
                : `本月报告截止日期为 ${formatDate(query.data.dueDate)}（遇节假日顺延）。`
            }
          />
          <ObligationList period={period} obligations={obligations} />
        </Flex>
      )}
    </Card>
  );
}

/** /workspace — 我的任务: what the department must report this month, returned reports first. */
export function WorkspacePage() {
  const user = useCurrentUser();
  const [period, setPeriod] = usePeriodParam();
  const isDepartment = user?.role === 'department';
  useReportPlace(user?.jurisdictionCode);
  const returned = useReportList({ status: 'returned' }, isDepartment);
  const departments = useJurisdictionDepartments(isDepartment ? user.jurisdictionCode : undefined);
  const departmentName = departments.data?.find((d) => d.id === user?.departmentId)?.name;

  if (!isDepartment) {
    return (
      <NotFoundState
        title="“我的任务”供部门用户使用"
        description="请从左侧菜单进入本角色的页面。"
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle('我的任务')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          我的任务
        </Typography.Title>
        <Typography.Text type="secondary">
          {departmentName ?? user.displayName}：本部门牵头或配合的任务，按月报送进展。
        </Typography.Text>
      </div>
      <ReturnedReports reports={returned.data?.items ?? []} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ObligationsCard period={period} onPeriod={setPeriod} />
        </Col>
        <Col xs={24} xl={8}>
          <WorkspacePanels />
        </Col>
      </Row>
    </Flex>
  );
}
