import type { TargetDashboardRow } from '@bizenv/shared';
import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatMonth } from '@/lib/format';
import { formatGoal, formatMeasure } from '../lib/figures';
import { distinctOptions } from '../lib/table-filters';
import {
  VERDICT_COLORS,
  VERDICT_FILTERS,
  VERDICT_HEX,
  VERDICT_SEVERITY,
  verdictLabel,
} from '../lib/verdicts';
import { Sparkline } from './sparkline';

/** Every quantitative target: goal, latest actual with its unit, verdict and the trend. */
export function TargetTable({
  rows,
  indicatorNames,
}: {
  rows: TargetDashboardRow[];
  /** Names of the indicators (sub-indicators included) from the dashboard. */
  indicatorNames: Map<string, string>;
}) {
  const indicatorName = (code: string | null) => (code ? (indicatorNames.get(code) ?? code) : '—');
  const columns: TableColumnsType<TargetDashboardRow> = [
    {
      title: '指标',
      key: 'indicator',
      width: 130,
      filters: distinctOptions(rows.map((row) => indicatorName(row.indicatorCode))),
      onFilter: (value, row) => indicatorName(row.indicatorCode) === value,
      render: (_, row) => indicatorName(row.indicatorCode),
    },
    {
      title: '目标',
      key: 'metric',
      render: (_, row) => (
        <div>
          <Link to={`/tasks/${row.taskId}`}>{row.metric}</Link>
          <Typography.Text type="secondary" className="target-task-code">
            任务 {row.taskCode}
          </Typography.Text>
        </div>
      ),
    },
    { title: '目标值', key: 'goal', width: 130, render: (_, row) => formatGoal(row) },
    {
      title: '最新实际',
      key: 'actual',
      width: 140,
      render: (_, row) => (
        <div>
          <span className="num">{formatMeasure(row.latestActual, row.unit)}</span>
          {row.latestPeriod && (
            <Typography.Text type="secondary" className="target-period">
              {formatMonth(row.latestPeriod)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: '结论',
      key: 'verdict',
      width: 100,
      filters: VERDICT_FILTERS,
      onFilter: (value, row) => row.verdict === value,
      sorter: (a, b) => VERDICT_SEVERITY[a.verdict] - VERDICT_SEVERITY[b.verdict],
      render: (_, row) => (
        <Tag color={VERDICT_COLORS[row.verdict]}>{verdictLabel(row.verdict)}</Tag>
      ),
    },
    {
      title: '趋势',
      key: 'trend',
      width: 120,
      render: (_, row) => (
        <Sparkline
          trend={row.trend}
          goal={row.value}
          color={VERDICT_HEX[row.verdict]}
          unit={row.unit}
        />
      ),
    },
  ];
  return (
    <Table<TargetDashboardRow>
      className="target-dashboard-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '本辖区方案中没有量化目标' }}
    />
  );
}
