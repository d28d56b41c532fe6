import { TASK_STATUSES, TASK_STATUS_LABELS, type DashboardTaskRow } from '@bizenv/shared';
import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { compareNullable, formatPercent } from '../lib/figures';
import { distinctOptions } from '../lib/table-filters';

interface TaskRowTableProps {
  rows: DashboardTaskRow[];
  /** Which deadline figure the list is about. */
  emphasis?: 'overdue' | 'due_soon';
  pageSize?: number;
}

const names = (list: { name: string }[]) => list.map((item) => item.name).join('、') || '—';

/** Tasks behind a figure: each links to its task page; sortable, filterable by status and unit. */
export function TaskRowTable({ rows, emphasis, pageSize = 10 }: TaskRowTableProps) {
  const columns: TableColumnsType<DashboardTaskRow> = [
    { title: '编号', dataIndex: 'code', width: 72 },
    {
      title: '任务',
      key: 'title',
      render: (_, row) => (
        <Link to={`/tasks/${row.id}`} className="dashboard-task-link">
          {row.title}
        </Link>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 120,
      filters: TASK_STATUSES.map((status) => ({ text: TASK_STATUS_LABELS[status], value: status })),
      onFilter: (value, row) => row.status === value,
      render: (_, row) => TASK_STATUS_LABELS[row.status],
    },
    {
      title: '牵头单位',
      key: 'lead',
      width: 180,
      filters: distinctOptions(rows.flatMap((row) => row.leadDepartments.map((d) => d.name))),
      filterSearch: true,
      onFilter: (value, row) => row.leadDepartments.some((d) => d.name === value),
      render: (_, row) => names(row.leadDepartments),
    },
    {
      title: '包抓领导',
      key: 'leaders',
      width: 100,
      responsive: ['xl'],
      render: (_, row) => names(row.leaders),
    },
    {
      title: '时限',
      key: 'deadline',
      width: 150,
      sorter: (a, b) => (a.effectiveDeadline ?? '9').localeCompare(b.effectiveDeadline ?? '9'),
      render: (_, row) =>
        row.effectiveDeadline ? (
          <span title={row.deadlinePrinted ?? undefined}>{formatDate(row.effectiveDeadline)}</span>
        ) : (
          <Typography.Text type="secondary">{row.deadlinePrinted ?? '无时限'}</Typography.Text>
        ),
    },
    emphasis === 'due_soon'
      ? {
          title: '剩余工作日',
          key: 'left',
          width: 110,
          align: 'right',
          defaultSortOrder: 'ascend',
          sorter: (a, b) => compareNullable(a.workingDaysLeft, b.workingDaysLeft),
          render: (_, row) => (row.workingDaysLeft === null ? '—' : `${row.workingDaysLeft} 天`),
        }
      : {
          title: '逾期工作日',
          key: 'overdue',
          width: 110,
          align: 'right',
          defaultSortOrder: emphasis === 'overdue' ? 'descend' : undefined,
          sorter: (a, b) => a.workingDaysOverdue - b.workingDaysOverdue,
          render: (_, row) =>
            row.workingDaysOverdue > 0 ? (
              <Typography.Text type="danger">{row.workingDaysOverdue} 天</Typography.Text>
            ) : (
              '—'
            ),
        },
    {
      title: '进度',
      key: 'completion',
      width: 80,
      align: 'right',
      sorter: (a, b) => compareNullable(a.completionPercent, b.completionPercent),
      render: (_, row) => formatPercent(row.completionPercent),
    },
  ];
  return (
    <Table<DashboardTaskRow>
      className="dashboard-task-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '没有任务' }}
      onRow={(row) => ({ 'data-task-id': row.id }) as HTMLAttributes<HTMLElement>}
    />
  );
}
