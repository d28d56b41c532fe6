import type { PlanSectionResponse } from '@bizenv/shared';
import { Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { SectionCard } from '@/components/section-card';
import { usePlanTasks } from '../api/get-plan-tasks';
import { countTasksByIndicator } from '../lib/group-tasks';
import { indexSections } from '../lib/task-tree';

const IndicatorChart = lazy(() => import('./indicator-chart'));

/** Task count per indicator for the plan; the chart code arrives after the page. */
export function IndicatorChartCard({
  planId,
  sections,
}: {
  planId: number;
  sections: PlanSectionResponse[];
}) {
  const { data: tasks, isError } = usePlanTasks(planId);
  const counts = useMemo(
    () => (tasks ? countTasksByIndicator(tasks, indexSections(sections)) : []),
    [tasks, sections],
  );
  // Nothing to compare when no task is linked to an indicator (e.g. an annex of 一网通办 tasks).
  if (isError || (tasks && counts.every((c) => c.indicator === null))) return null;

  return (
    <SectionCard title="各指标任务数" className="indicator-chart-card" foldOnPhone>
      {tasks ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} title={false} />}>
          <IndicatorChart counts={counts} />
        </Suspense>
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} title={false} />
      )}
    </SectionCard>
  );
}
