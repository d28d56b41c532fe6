import type { PlanDetailResponse } from '@bizenv/shared';
import { Breadcrumb, Col, Flex, Row } from 'antd';
import { Link, useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { QueryState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { LedgerActions } from '@/features/ledgers/components/ledger-actions';
import { IndicatorAssignments } from '@/features/plans/components/indicator-assignments';
import { PlanHeader } from '@/features/plans/components/plan-header';
import { usePlan } from '@/features/plans/api/get-plan';
import { IndicatorChartCard } from '@/features/tasks/components/indicator-chart-card';
import { TaskBoard } from '@/features/tasks/components/task-board';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';

function PlanView({ plan }: { plan: PlanDetailResponse }) {
  useReportPlace(plan.jurisdictionCode, plan.id);
  const user = useCurrentUser();
  const hasAssignments = plan.indicatorAssignments.length > 0;

  return (
    <Flex vertical gap={16}>
      <title>{pageTitle(plan.title)}</title>
      <Breadcrumb
        items={[
          {
            key: 'j',
            title: <Link to={`/j/${plan.jurisdictionCode}`}>{plan.jurisdictionName}</Link>,
          },
          {
            key: 'plan',
            title: (
              <span className="crumb-ellipsis" title={plan.title}>
                {plan.title}
              </span>
            ),
          },
        ]}
      />
      <PlanHeader plan={plan} />
      <LedgerActions planId={plan.id} jurisdictionCode={plan.jurisdictionCode} user={user} />
      <Row gutter={[16, 16]}>
        {hasAssignments && (
          <Col xs={24} xl={14}>
            <IndicatorAssignments assignments={plan.indicatorAssignments} />
          </Col>
        )}
        <Col xs={24} xl={hasAssignments ? 10 : 24}>
          <IndicatorChartCard planId={plan.id} sections={plan.sections} />
        </Col>
      </Row>
      <TaskBoard planId={plan.id} sections={plan.sections} />
    </Flex>
  );
}

/** /plans/:id — the plan's header, indicator responsibilities, and its tasks with filters. */
export function PlanPage() {
  const id = parseId(useParams().id);
  const query = usePlan(id);
  if (id === null)
    return <NotFoundState title="未找到该方案" description="方案编号不正确，请从方案列表进入。" />;
  return (
    <QueryState query={query} loadingText="正在加载方案…">
      {(plan) => <PlanView plan={plan} />}
    </QueryState>
  );
}
