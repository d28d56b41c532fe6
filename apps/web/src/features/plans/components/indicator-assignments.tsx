import { findIndicator, type IndicatorAssignmentResponse } from '@bizenv/shared';
import { Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DepartmentTags } from '@/components/department-tags';
import { SectionCard } from '@/components/section-card';

function Leaders({ assignment }: { assignment: IndicatorAssignmentResponse }) {
  if (assignment.leaders.length > 0) {
    return (
      <span>
        {assignment.leaders.map((leader, index) => (
          <span key={leader.id}>
            {index > 0 && '、'}
            <Typography.Text strong>{leader.name}</Typography.Text>
            <Typography.Text type="secondary">（{leader.title}）</Typography.Text>
          </span>
        ))}
      </span>
    );
  }
  return assignment.leaderText ? (
    <span>{assignment.leaderText}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

/** Indicator → lead departments and responsible leaders (包抓领导 / 指标长), as the plan names them. */
export function IndicatorAssignments({
  assignments,
}: {
  assignments: IndicatorAssignmentResponse[];
}) {
  const screens = Grid.useBreakpoint();
  if (assignments.length === 0) return null;
  const compact = !screens.md;

  const columns: TableColumnsType<IndicatorAssignmentResponse> = [
    {
      title: '指标',
      key: 'indicator',
      width: compact ? undefined : 200,
      render: (_, a) => (
        <div>
          <Typography.Text strong>
            {findIndicator(a.indicator)?.name ?? a.indicator}
          </Typography.Text>
          {compact && (
            <div className="cell-meta">
              <DepartmentTags departments={a.leadDepartments} role="lead" />
              <div>
                <Leaders assignment={a} />
              </div>
            </div>
          )}
        </div>
      ),
    },
    {
      title: '牵头部门',
      key: 'lead',
      responsive: ['md'],
      render: (_, a) => <DepartmentTags departments={a.leadDepartments} role="lead" />,
    },
    {
      title: '包抓领导 / 指标长',
      key: 'leaders',
      responsive: ['md'],
      render: (_, a) => <Leaders assignment={a} />,
    },
  ];

  return (
    <SectionCard title={`指标责任分工（${assignments.length}项）`} foldOnPhone>
      <Table<IndicatorAssignmentResponse>
        size="small"
        rowKey="indicator"
        columns={columns}
        dataSource={assignments}
        pagination={false}
        // Beside the chart on wide screens: a long list scrolls under its header instead of pushing the tasks down.
        scroll={!compact && assignments.length > 10 ? { y: 400 } : undefined}
      />
    </SectionCard>
  );
}
