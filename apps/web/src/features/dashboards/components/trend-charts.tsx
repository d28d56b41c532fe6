import type { JurisdictionDashboardResponse } from '@bizenv/shared';
import { Card, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import { useOpenDrill } from '../hooks/use-drill';
import { drillDayOfPeriod } from '../lib/chart-data';

// Recharts stays out of the page's chunk: the figures and tables show first.
const CompletionTrendChart = lazy(() => import('./completion-trend-chart'));
const ProblemTrendChart = lazy(() => import('./problem-trend-chart'));

const fallback = <Skeleton active paragraph={{ rows: 5 }} title={false} />;

/** Monthly completion and problems opened vs rectified, side by side. */
export function TrendCharts({ data }: { data: JurisdictionDashboardResponse }) {
  const openDrill = useOpenDrill();
  const navigate = useNavigate();
  return (
    <div className="dashboard-two-columns">
      <Card
        size="small"
        title="月度完成趋势"
        extra={<span className="card-hint">点击月份查看已完成任务</span>}
      >
        <Suspense fallback={fallback}>
          <CompletionTrendChart
            points={data.completionTrend}
            onPickPeriod={(period) =>
              openDrill({
                kind: 'tasks',
                bucket: 'completed',
                at: drillDayOfPeriod(period, data.asOf),
              })
            }
          />
        </Suspense>
      </Card>
      <Card
        size="small"
        title="问题新增与整改"
        extra={<span className="card-hint">点击查看问题清单</span>}
      >
        <Suspense fallback={fallback}>
          <ProblemTrendChart points={data.problemTrend} onPick={() => void navigate('/problems')} />
        </Suspense>
      </Card>
    </div>
  );
}
