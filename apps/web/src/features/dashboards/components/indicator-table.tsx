import type { IndicatorDashboardRow } from '@bizenv/shared';
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { compareNullable, formatPercent, formatRate, formatRatio } from '../lib/figures';
import { distinctOptions } from '../lib/table-filters';
import { FigureLink } from './figure-link';

const names = (list: { name: string }[]) => list.map((item) => item.name).join('、') || '—';

/** The 18 indicators (sub-indicators indented), the leader's own marked and listed first. */
export function IndicatorTable({ rows }: { rows: IndicatorDashboardRow[] }) {
  const anyMine = rows.some((row) => row.mine);
  const columns: TableColumnsType<IndicatorDashboardRow> = [
    {
      title: '指标',
      key: 'name',
      width: 220,
      fixed: 'left',
      filters: anyMine ? [{ text: '只看我负责的', value: 'mine' }] : undefined,
      onFilter: (_, row) => row.mine,
      render: (_, row) => (
        <span className={row.parentCode ? 'indicator-name indicator-name--sub' : 'indicator-name'}>
          {row.name}
          {row.mine && (
            <Tag color="gold" className="mine-tag">
              我负责
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: '牵头部门',
      key: 'lead',
      width: 160,
      filters: distinctOptions(rows.flatMap((row) => row.leadDepartments.map((d) => d.name))),
      filterSearch: true,
      onFilter: (value, row) => row.leadDepartments.some((d) => d.name === value),
      render: (_, row) => names(row.leadDepartments),
    },
    { title: '包抓领导', key: 'leaders', width: 100, render: (_, row) => names(row.leaders) },
    {
      title: '任务数',
      key: 'total',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.tasks.total - b.tasks.total,
      render: (_, row) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `indicator:${row.code}` }}
          label={`${row.name}的任务`}
        >
          {row.tasks.total}
        </FigureLink>
      ),
    },
    {
      title: '已完成',
      key: 'completed',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.tasks.completed - b.tasks.completed,
      render: (_, row) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `indicator:${row.code}`, only: 'completed' }}
          label={`${row.name}已完成的任务`}
        >
          {row.tasks.completed}
        </FigureLink>
      ),
    },
    {
      title: '完成率',
      key: 'rate',
      width: 90,
      align: 'right',
      sorter: (a, b) => compareNullable(a.tasks.completionRate, b.tasks.completionRate),
      render: (_, row) => formatRate(row.tasks.completionRate),
    },
    {
      title: '平均进度',
      key: 'average',
      width: 90,
      align: 'right',
      sorter: (a, b) =>
        compareNullable(a.tasks.averageCompletionPercent, b.tasks.averageCompletionPercent),
      render: (_, row) => formatPercent(row.tasks.averageCompletionPercent),
    },
    {
      title: '逾期',
      key: 'overdue',
      width: 70,
      align: 'right',
      sorter: (a, b) => a.tasks.overdue - b.tasks.overdue,
      render: (_, row) => (
        <FigureLink
          drill={{ kind: 'tasks', bucket: `indicator:${row.code}`, only: 'overdue' }}
          label={`${row.name}的逾期任务`}
          className={row.tasks.overdue > 0 ? 'figure-link--bad' : undefined}
        >
          {row.tasks.overdue}
        </FigureLink>
      ),
    },
    {
      title: '目标达标',
      key: 'targets',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.targetsMet - b.targetsMet,
      render: (_, row) => formatRatio(row.targetsMet, row.targetsTotal),
    },
    {
      title: '未整改问题',
      key: 'problems',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.openProblems - b.openProblems,
      render: (_, row) => (
        <Link to={`/problems?indicator=${row.code}&status=rectifying`}>{row.openProblems}</Link>
      ),
    },
  ];
  return (
    <Table<IndicatorDashboardRow>
      className="indicator-dashboard-table"
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1100 }}
      rowClassName={(row) => (row.mine ? 'indicator-row--mine' : '')}
    />
  );
}
