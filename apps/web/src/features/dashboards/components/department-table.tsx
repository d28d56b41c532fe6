import type { DepartmentDashboardRow } from '@bizenv/shared';
import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { compareNullable, formatRate } from '../lib/figures';
import { FigureLink } from './figure-link';

type Row = DepartmentDashboardRow;

const numberColumn = (
  title: string,
  key: string,
  value: (row: Row) => number,
  render: (row: Row) => ReactNode,
) => ({
  title,
  key,
  width: 76,
  align: 'right' as const,
  sorter: (a: Row, b: Row) => value(a) - value(b),
  render: (_: unknown, row: Row) => render(row),
});

/** Departments: tasks, on-time completion, this period's reports, open notices and problems. */
export function DepartmentTable({ rows, period }: { rows: Row[]; period: string }) {
  const reports = (row: Row, state: 'on_time' | 'late' | 'missing' | undefined, n: number) => (
    <FigureLink
      drill={{ kind: 'reports', department: row.id, state, period }}
      label={`${row.name}的月度报告`}
      className={state === 'missing' && n > 0 ? 'figure-link--bad' : undefined}
    >
      {n}
    </FigureLink>
  );
  const columns: TableColumnsType<Row> = [
    {
      title: '部门',
      dataIndex: 'name',
      width: 170,
      fixed: 'left',
      filterSearch: true,
      filters: rows.map((row) => ({ text: row.name, value: row.id })),
      onFilter: (value, row) => row.id === value,
    },
    numberColumn(
      '牵头任务',
      'led',
      (r) => r.tasksLed,
      (r) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `department:${r.id}`, only: 'led' }}
          label={`${r.name}牵头的任务`}
        >
          {r.tasksLed}
        </FigureLink>
      ),
    ),
    numberColumn(
      '配合任务',
      'supported',
      (r) => r.tasksSupported,
      (r) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `department:${r.id}`, only: 'supported' }}
          label={`${r.name}配合的任务`}
        >
          {r.tasksSupported}
        </FigureLink>
      ),
    ),
    {
      title: '按时完成率',
      key: 'onTime',
      width: 100,
      align: 'right',
      sorter: (a, b) => compareNullable(a.onTimeCompletionRate, b.onTimeCompletionRate),
      render: (_, r) => formatRate(r.onTimeCompletionRate),
    },
    numberColumn(
      '逾期任务',
      'overdue',
      (r) => r.overdue,
      (r) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `department_overdue:${r.id}` }}
          label={`${r.name}的逾期任务`}
          className={r.overdue > 0 ? 'figure-link--bad' : undefined}
        >
          {r.overdue}
        </FigureLink>
      ),
    ),
    {
      title: '本期报告',
      key: 'reports',
      children: [
        numberColumn(
          '应报',
          'expected',
          (r) => r.reports.expected,
          (r) => reports(r, undefined, r.reports.expected),
        ),
        numberColumn(
          '按时',
          'onTimeReports',
          (r) => r.reports.onTime,
          (r) => reports(r, 'on_time', r.reports.onTime),
        ),
        numberColumn(
          '逾期',
          'late',
          (r) => r.reports.late,
          (r) => reports(r, 'late', r.reports.late),
        ),
        numberColumn(
          '未报',
          'missing',
          (r) => r.reports.missing,
          (r) => reports(r, 'missing', r.reports.missing),
        ),
        {
          title: '报送率',
          key: 'submissionRate',
          width: 84,
          align: 'right',
          sorter: (a, b) => compareNullable(a.reports.submissionRate, b.reports.submissionRate),
          render: (_, r) => formatRate(r.reports.submissionRate),
        },
      ],
    },
    numberColumn(
      '未办结督办',
      'notices',
      (r) => r.openNotices,
      (r) => <Link to="/notices">{r.openNotices}</Link>,
    ),
    numberColumn(
      '未整改问题',
      'problems',
      (r) => r.openProblems,
      (r) => <Link to={`/problems?departmentId=${r.id}&status=rectifying`}>{r.openProblems}</Link>,
    ),
  ];
  return (
    <Table<Row>
      className="department-dashboard-table"
      size="small"
      rowKey="id"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      scroll={{ x: 1150 }}
    />
  );
}
