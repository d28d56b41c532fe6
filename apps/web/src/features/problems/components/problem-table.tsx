import { findIndicator, PROBLEM_SOURCE_LABELS, type ProblemResponse } from '@bizenv/shared';
import { Button, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { ProblemAction } from '../lib/problem-permissions';
import { ProblemDetail } from './problem-detail';
import { ProblemStatusTag } from './problem-tags';

const ACTION_LABELS: Record<ProblemAction, string> = {
  rectify: '整改',
  edit: '编辑',
  reopen: '退回整改',
  close: '销号',
};

interface ProblemTableProps {
  problems: ProblemResponse[];
  today: string;
  actionsOf: (problem: ProblemResponse) => ProblemAction[];
  onAction: (problem: ProblemResponse, action: ProblemAction) => void;
}

const overdue = (p: ProblemResponse, today: string) =>
  p.status === 'rectifying' && p.deadline < today;

function Subject({ problem }: { problem: ProblemResponse }) {
  if (problem.task) {
    return (
      <Link to={`/tasks/${problem.task.id}`}>
        任务 {problem.task.code} {problem.task.title}
      </Link>
    );
  }
  return <span>指标：{problem.indicator ? findIndicator(problem.indicator)?.name : '—'}</span>;
}

function Deadline({ problem, today }: { problem: ProblemResponse; today: string }) {
  const late = overdue(problem, today);
  return (
    <span className={late ? 'problem-deadline--overdue' : undefined}>
      {formatDate(problem.deadline)}
      {late && (
        <Tag color="red" className="problem-overdue-tag">
          逾期
        </Tag>
      )}
    </span>
  );
}

/** 问题清单: one row per problem, its detail (measure, evidence, history) on expanding. */
export function ProblemTable({ problems, today, actionsOf, onAction }: ProblemTableProps) {
  const { md } = Grid.useBreakpoint();
  const columns: TableColumnsType<ProblemResponse> = [
    {
      title: '问题',
      key: 'problem',
      render: (_, p) => (
        <div>
          <div className="problem-description">{p.description}</div>
          <div className="cell-meta">
            <Tag variant="outlined">{PROBLEM_SOURCE_LABELS[p.source]}</Tag>
            <Subject problem={p} />
          </div>
          {!md && (
            <div className="cell-meta">
              <span>{p.ownerDepartment.name}</span>
              <span>限</span>
              <Deadline problem={p} today={today} />
            </div>
          )}
        </div>
      ),
    },
    ...(md
      ? [
          {
            title: '整改责任部门',
            key: 'owner',
            width: 170,
            render: (_: unknown, p: ProblemResponse) => p.ownerDepartment.name,
          },
          {
            title: '整改时限',
            key: 'deadline',
            width: 150,
            sorter: (a: ProblemResponse, b: ProblemResponse) =>
              a.deadline.localeCompare(b.deadline),
            render: (_: unknown, p: ProblemResponse) => <Deadline problem={p} today={today} />,
          },
        ]
      : []),
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, p) => <ProblemStatusTag status={p.status} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: md ? 170 : 80,
      render: (_, p) => (
        <Flex gap={4} wrap>
          {actionsOf(p).map((action) => (
            <Button
              key={action}
              size="small"
              type={action === 'close' || action === 'rectify' ? 'primary' : 'default'}
              danger={action === 'reopen'}
              onClick={() => onAction(p, action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </Flex>
      ),
    },
  ];
  return (
    <Table<ProblemResponse>
      rowKey="id"
      size="small"
      className="problem-table"
      columns={columns}
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(p) =>
        ({
          'data-problem': p.id,
          className: overdue(p, today) ? 'problem-row--overdue' : '',
        }) as React.HTMLAttributes<HTMLElement>
      }
      expandable={{ expandedRowRender: (p) => <ProblemDetail id={p.id} /> }}
      locale={{ emptyText: <Typography.Text type="secondary">没有符合条件的问题</Typography.Text> }}
    />
  );
}
