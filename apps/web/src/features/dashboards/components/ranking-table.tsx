import type { RollupRow } from '@bizenv/shared';
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { dashboardPath } from '../lib/as-of';
import { compareNullable, formatRate, formatRatio } from '../lib/figures';

const rateColumn = (title: string, key: string, rate: (row: RollupRow) => number | null) => ({
  title,
  key,
  width: 100,
  align: 'right' as const,
  sorter: (a: RollupRow, b: RollupRow) => compareNullable(rate(a), rate(b)),
  render: (_: unknown, row: RollupRow) => formatRate(rate(row)),
});

/** 比学赶超: the counties ranked by composite score, every column sortable. */
export function RankingTable({ rows, asOf }: { rows: RollupRow[]; asOf: string | null }) {
  const columns: TableColumnsType<RollupRow> = [
    {
      title: '排名',
      dataIndex: 'rank',
      width: 70,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.rank - b.rank,
      render: (rank: number) => <Tag color={rank === 1 ? 'gold' : 'default'}>{rank}</Tag>,
    },
    {
      title: '县区',
      key: 'name',
      width: 120,
      filters: rows.map((row) => ({ text: row.jurisdiction.name, value: row.jurisdiction.code })),
      onFilter: (value, row) => row.jurisdiction.code === value,
      render: (_, row) => (
        <Link to={dashboardPath(row.jurisdiction.code, asOf)} className="ranking-county">
          {row.jurisdiction.name}
        </Link>
      ),
    },
    {
      title: '综合得分',
      key: 'score',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.score - b.score,
      render: (_, row) => <strong>{row.score.toFixed(1)}</strong>,
    },
    {
      title: '任务数',
      key: 'total',
      width: 80,
      align: 'right',
      render: (_, row) => row.tasks.total,
    },
    rateColumn('完成率', 'completion', (row) => row.tasks.completionRate),
    {
      title: '逾期任务',
      key: 'overdue',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.tasks.overdue - b.tasks.overdue,
      render: (_, row) => row.tasks.overdue,
    },
    rateColumn('报告报送率', 'submission', (row) => row.reports.submissionRate),
    rateColumn('报告按时率', 'onTime', (row) => row.reports.onTimeRate),
    {
      title: '目标达标',
      key: 'targets',
      width: 100,
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
      render: (_, row) => row.openProblems,
    },
  ];
  return (
    <Table<RollupRow>
      className="ranking-table"
      size="small"
      rowKey={(row) => row.jurisdiction.code}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 960 }}
    />
  );
}
