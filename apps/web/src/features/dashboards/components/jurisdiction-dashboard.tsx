import type { JurisdictionDashboardResponse } from '@bizenv/shared';
import { Card, Flex, Tabs } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useJurisdictionDashboard } from '../api/get-jurisdiction-dashboard';
import { useAsOfParam } from '../hooks/use-as-of-param';
import { DrillContext, useDrillParam } from '../hooks/use-drill';
import type { DrillNames } from '../lib/drill';
import { DashboardLinks } from './dashboard-links';
import { DashboardToolbar } from './dashboard-toolbar';
import { DeferUntilVisible } from './defer-until-visible';
import { DepartmentTable } from './department-table';
import { HeadlineFigures } from './headline-figures';
import { IndicatorTable } from './indicator-table';
import { MyIndicators } from './my-indicators';
import { TargetTable } from './target-table';
import { TaskRowTable } from './task-row-table';
import { TrendCharts } from './trend-charts';
import '../dashboards.css';

// The drawer and its tables arrive with the first drill-down, not with the page.
const DrillDrawer = lazy(() => import('./drill-drawer'));

function useNames(data: JurisdictionDashboardResponse | undefined) {
  return useMemo(() => {
    const indicators = new Map((data?.indicators ?? []).map((row) => [row.code, row.name]));
    const departments = new Map((data?.departments ?? []).map((row) => [row.id, row.name]));
    const names: DrillNames = {
      indicator: (code) => indicators.get(code),
      department: (id) => departments.get(id),
    };
    return { indicators, names };
  }, [data]);
}

function DashboardBody({ data }: { data: JurisdictionDashboardResponse }) {
  const { indicators } = useNames(data);
  return (
    <>
      <HeadlineFigures data={data} />
      <MyIndicators rows={data.indicators} />
      <Card size="small" className="deadline-card">
        <Tabs
          items={[
            {
              key: 'overdue',
              label: `逾期任务（${data.overdueTasks.length}）`,
              children: <TaskRowTable rows={data.overdueTasks} emphasis="overdue" />,
            },
            {
              key: 'due-soon',
              label: `10个工作日内到期（${data.dueSoonTasks.length}）`,
              children: <TaskRowTable rows={data.dueSoonTasks} emphasis="due_soon" />,
            },
          ]}
        />
      </Card>
      <DeferUntilVisible minHeight={480} className="indicator-section">
        <Card size="small" title="指标推进情况">
          <IndicatorTable rows={data.indicators} />
        </Card>
      </DeferUntilVisible>
      <DeferUntilVisible minHeight={320} className="trend-section">
        <TrendCharts data={data} />
      </DeferUntilVisible>
      <DeferUntilVisible minHeight={480} className="target-section">
        <Card size="small" title="量化目标">
          <TargetTable rows={data.targets} indicatorNames={indicators} />
        </Card>
      </DeferUntilVisible>
      <DeferUntilVisible minHeight={480} className="department-section">
        <Card size="small" title={`部门情况（报告期 ${data.reportPeriod}）`}>
          <DepartmentTable rows={data.departments} period={data.reportPeriod} />
        </Card>
      </DeferUntilVisible>
    </>
  );
}

/** A jurisdiction's dashboard as of a day or month; every figure drills into its list. */
export function JurisdictionDashboard({ code }: { code: string }) {
  const [asOf, setAsOf] = useAsOfParam();
  const [drill, setDrill] = useDrillParam();
  // Mounted from the first drill-down on, so that closing can animate.
  const [drawerUsed, setDrawerUsed] = useState(drill !== null);
  if (drill && !drawerUsed) setDrawerUsed(true);
  const query = useJurisdictionDashboard(code, asOf);
  const { names } = useNames(query.data);
  const data = query.data;

  return (
    <DrillContext.Provider value={setDrill}>
      <Flex vertical gap={16} className="jurisdiction-dashboard">
        <DashboardToolbar
          title={`${data?.jurisdiction.name ?? ''}营商环境数据看板`}
          actions={data && <DashboardLinks jurisdiction={data.jurisdiction} asOf={asOf} />}
          asOf={asOf}
          shownDay={data?.asOf}
          today={data?.today}
          onAsOfChange={setAsOf}
        />
        {query.isPending ? (
          <LoadingState text="正在汇总数据…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <DashboardBody data={query.data} />
        )}
      </Flex>
      {(drill || drawerUsed) && (
        <Suspense fallback={null}>
          <DrillDrawer
            code={code}
            asOf={asOf}
            drill={drill}
            names={names}
            onClose={() => setDrill(null)}
          />
        </Suspense>
      )}
    </DrillContext.Provider>
  );
}
