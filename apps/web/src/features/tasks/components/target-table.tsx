import { TARGET_COMPARATOR_SYMBOLS, type TaskResponse, type TargetResponse } from '@bizenv/shared';
import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { walkTask } from '../lib/task-tree';

const COMPARATOR_WORDS: Record<TargetResponse['comparator'], string> = {
  lte: '不超过',
  gte: '不低于',
  eq: '等于',
};

interface TargetRow extends TargetResponse {
  taskCode: string;
}

/** Every quantitative target of the task and its sub-items, with the words it was read from. */
export function TargetTable({ task }: { task: TaskResponse }) {
  const rows: TargetRow[] = [...walkTask(task)].flatMap((t) =>
    t.targets.map((target) => ({ ...target, taskCode: t.code })),
  );
  if (rows.length === 0)
    return <Typography.Text type="secondary">本任务未设定量化目标。</Typography.Text>;
  const fromChildren = rows.some((row) => row.taskCode !== task.code);

  const columns: TableColumnsType<TargetRow> = [
    ...(fromChildren ? [{ title: '所属', dataIndex: 'taskCode', width: 84 }] : []),
    { title: '指标', dataIndex: 'metric' },
    {
      title: '比较',
      dataIndex: 'comparator',
      width: 56,
      align: 'center',
      render: (comparator: TargetRow['comparator']) => (
        <span title={COMPARATOR_WORDS[comparator]}>{TARGET_COMPARATOR_SYMBOLS[comparator]}</span>
      ),
    },
    {
      title: '目标值',
      dataIndex: 'value',
      width: 84,
      align: 'right',
      render: (value: number) => (
        <Typography.Text strong className="num">
          {value}
        </Typography.Text>
      ),
    },
    { title: '单位', dataIndex: 'unit', width: 72, render: (unit: string) => unit || '—' },
    {
      title: '期限',
      dataIndex: 'period',
      width: 110,
      responsive: ['sm'],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '原文',
      dataIndex: 'printed',
      responsive: ['md'],
      render: (v: string) => <Typography.Text type="secondary">“{v}”</Typography.Text>,
    },
  ];

  return (
    <Table<TargetRow>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
