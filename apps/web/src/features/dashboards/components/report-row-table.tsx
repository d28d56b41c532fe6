import {
  REPORT_STATUS_LABELS,
  REPORT_TIMELINESS,
  REPORT_TIMELINESS_LABELS,
  type DashboardReportRow,
} from '@bizenv/shared';
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatInstant } from '@/lib/format';
import { formatPercent } from '../lib/figures';
import { distinctOptions } from '../lib/table-filters';

const TIMELINESS_COLORS = {
  on_time: 'success',
  late: 'warning',
  missing: 'error',
  pending: 'default',
};

/** Reports departments owe in a period: each links to its report page. */
export function ReportRowTable({ rows }: { rows: DashboardReportRow[] }) {
  const columns: TableColumnsType<DashboardReportRow> = [
    {
      title: '部门',
      dataIndex: 'departmentName',
      width: 160,
      filters: distinctOptions(rows.map((row) => row.departmentName)),
      filterSearch: true,
      onFilter: (value, row) => row.departmentName === value,
    },
    {
      title: '任务',
      key: 'task',
      render: (_, row) => (
        <Link to={`/tasks/${row.taskId}`}>
          {row.taskCode}. {row.taskTitle}
        </Link>
      ),
    },
    {
      title: '角色',
      key: 'role',
      width: 64,
      render: (_, row) => (row.role === 'lead' ? '牵头' : '配合'),
    },
    { title: '截止日', key: 'due', width: 120, render: (_, row) => formatDate(row.dueDate) },
    {
      title: '报送情况',
      key: 'timeliness',
      width: 110,
      filters: REPORT_TIMELINESS.map((t) => ({ text: REPORT_TIMELINESS_LABELS[t], value: t })),
      onFilter: (value, row) => row.timeliness === value,
      render: (_, row) => (
        <Tag color={TIMELINESS_COLORS[row.timeliness]}>
          {REPORT_TIMELINESS_LABELS[row.timeliness]}
        </Tag>
      ),
    },
    {
      title: '首次报送',
      key: 'submitted',
      width: 150,
      sorter: (a, b) => (a.firstSubmittedAt ?? '').localeCompare(b.firstSubmittedAt ?? ''),
      render: (_, row) => formatInstant(row.firstSubmittedAt),
    },
    {
      title: '审核',
      key: 'status',
      width: 90,
      render: (_, row) => (row.reportStatus ? REPORT_STATUS_LABELS[row.reportStatus] : '—'),
    },
    {
      title: '进度',
      key: 'completion',
      width: 70,
      align: 'right',
      render: (_, row) => formatPercent(row.completionPercent),
    },
  ];
  return (
    <Table<DashboardReportRow>
      size="small"
      rowKey={(row) => `${row.taskId}-${row.departmentId}-${row.period}`}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '没有报告' }}
    />
  );
}
