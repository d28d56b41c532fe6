import type { PlanSummaryResponse } from '@bizenv/shared';
import { Card, Empty, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { QueryState } from '@/components/query-state';
import { formatDate } from '@/lib/format';
import { useJurisdictionPlans } from '../api/get-jurisdiction-plans';
import { nestAnnexes } from '../lib/plan-tree';
import '../plans.css';

type PlanRow = PlanSummaryResponse & { annexes?: PlanSummaryResponse[] };

function PlanTitle({ plan, compact }: { plan: PlanRow; compact: boolean }) {
  return (
    <div className="plan-title-cell">
      {plan.parentPlanId !== null && <Tag variant="filled">附件</Tag>}
      <Link to={`/plans/${plan.id}`} className="plan-link">
        {plan.title}
      </Link>
      {compact && (
        <div className="cell-meta">
          {[plan.documentNumber, formatDate(plan.issuedDate), `${plan.taskCount} 项任务`]
            .filter((part) => part && part !== '—')
            .join(' · ')}
        </div>
      )}
    </div>
  );
}

function TaskCount({ plan }: { plan: PlanSummaryResponse }) {
  return (
    <Tooltip title={`含子项、办理事项共 ${plan.itemCount} 条`}>
      <span className="num">{plan.taskCount}</span>
    </Tooltip>
  );
}

/** The plans of a jurisdiction, newest first, annexes nested under their plan. */
export function PlanList({ code }: { code: string }) {
  const query = useJurisdictionPlans(code);
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;

  const columns: TableColumnsType<PlanRow> = [
    {
      title: '方案名称',
      key: 'title',
      render: (_, plan) => <PlanTitle plan={plan} compact={compact} />,
    },
    {
      title: '文号',
      dataIndex: 'documentNumber',
      width: 200,
      responsive: ['md'],
      render: (value: string | null) =>
        value ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '印发日期',
      dataIndex: 'issuedDate',
      width: 140,
      responsive: ['md'],
      render: (value: string | null) => formatDate(value),
    },
    {
      title: '任务数',
      key: 'taskCount',
      width: 80,
      align: 'right',
      responsive: ['md'],
      render: (_, plan) => <TaskCount plan={plan} />,
    },
  ];

  return (
    <Card size="small" title="改革方案" className="plan-list-card">
      <QueryState query={query} loadingText="正在加载方案…">
        {(plans) => (
          <Table<PlanRow>
            size="middle"
            rowKey="id"
            columns={columns}
            // Annexes become tree rows; a plan without any gets no expander.
            dataSource={nestAnnexes(plans).map((plan) => ({
              ...plan,
              annexes: plan.annexes.length > 0 ? plan.annexes : undefined,
            }))}
            pagination={false}
            expandable={{
              childrenColumnName: 'annexes',
              defaultExpandAllRows: true,
              indentSize: 20,
            }}
            onRow={(plan) => ({ 'data-plan-id': plan.id }) as HTMLAttributes<HTMLElement>}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该辖区暂无改革方案" />
              ),
            }}
          />
        )}
      </QueryState>
    </Card>
  );
}
