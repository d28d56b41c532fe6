import type { CountyAssignedTaskRow } from '@bizenv/shared';
import { Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatPercent } from '../lib/figures';

type County = CountyAssignedTaskRow['counties'][number];

function CountyProgress({ county }: { county: County | undefined }) {
  if (!county || county.tasks === 0) {
    return <Typography.Text type="secondary">无对应任务</Typography.Text>;
  }
  return (
    <div className="county-progress">
      <Progress
        percent={Math.round((county.completed / county.tasks) * 100)}
        size="small"
        format={() => `${county.completed}/${county.tasks}`}
      />
      <Typography.Text type="secondary" className="county-progress__meta">
        平均进度 {formatPercent(county.averageCompletionPercent)}
        {county.overdue > 0 && (
          <Typography.Text type="danger"> · 逾期 {county.overdue}</Typography.Text>
        )}
      </Typography.Text>
    </div>
  );
}

/** City tasks assigned to 各县区, with each county's progress on its share of the work. */
export function CountyAssignedTasks({ rows }: { rows: CountyAssignedTaskRow[] }) {
  const counties = rows[0]?.counties ?? [];
  const columns: TableColumnsType<CountyAssignedTaskRow> = [
    { title: '编号', key: 'code', width: 96, render: (_, row) => row.task.code },
    {
      title: '市级任务',
      key: 'title',
      render: (_, row) => <Link to={`/tasks/${row.task.id}`}>{row.task.title}</Link>,
    },
    ...counties.map((county) => ({
      title: county.jurisdictionName,
      key: county.jurisdictionCode,
      width: 200,
      render: (_: unknown, row: CountyAssignedTaskRow) => (
        <CountyProgress
          county={row.counties.find((c) => c.jurisdictionCode === county.jurisdictionCode)}
        />
      ),
    })),
  ];
  return (
    <Table<CountyAssignedTaskRow>
      className="county-assigned-table"
      size="small"
      rowKey={(row) => row.task.id}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 400 + counties.length * 200 }}
      locale={{ emptyText: '没有分配到各县区的任务' }}
    />
  );
}
