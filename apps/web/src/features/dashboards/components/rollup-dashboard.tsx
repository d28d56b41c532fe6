import { BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useRollup } from '../api/get-rollup';
import { useAsOfParam } from '../hooks/use-as-of-param';
import { dashboardPath } from '../lib/as-of';
import { CountyAssignedTasks } from './county-assigned-tasks';
import { CountyCards } from './county-cards';
import { DashboardToolbar } from './dashboard-toolbar';
import { RankingTable } from './ranking-table';
import '../dashboards.css';

const ComparisonChart = lazy(() => import('./comparison-chart'));

/** A city's counties compared (比学赶超): cards, a chart, the ranking and 各县区 tasks. */
export function RollupDashboard({ code }: { code: string }) {
  const [asOf, setAsOf] = useAsOfParam();
  const query = useRollup(code, asOf);
  const data = query.data;
  return (
    <Flex vertical gap={16} className="rollup-dashboard">
      <DashboardToolbar
        title={`${data?.jurisdiction.name ?? ''}各县区比学赶超`}
        asOf={asOf}
        shownDay={data?.asOf}
        today={data?.today}
        onAsOfChange={setAsOf}
        actions={
          <Link to={dashboardPath(code, asOf)}>
            <Button icon={<BarChartOutlined />}>本级看板</Button>
          </Link>
        }
      />
      {query.isPending ? (
        <LoadingState text="正在汇总各县区数据…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <CountyCards rows={query.data.rows} asOf={asOf} />
          <Card size="small" title="对比">
            <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} title={false} />}>
              <ComparisonChart rows={query.data.rows} />
            </Suspense>
          </Card>
          <Card size="small" title="比学赶超排名">
            <RankingTable rows={query.data.rows} asOf={asOf} />
          </Card>
          <Card size="small" title="市级任务各县区推进情况">
            <CountyAssignedTasks rows={query.data.countyAssignedTasks} />
          </Card>
        </>
      )}
    </Flex>
  );
}
