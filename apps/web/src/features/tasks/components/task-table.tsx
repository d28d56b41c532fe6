import type { TaskResponse } from '@bizenv/shared';
import { Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { DepartmentTags } from '@/components/department-tags';
import { displayCode, familyTargets } from '../lib/task-tree';
import { DeadlineChip } from './deadline-chip';
import { TargetChips } from './target-chips';
import { TaskCompletion } from './task-completion';
import '../tasks.css';

function childCountText(task: TaskResponse): string | null {
  if (task.children.length === 0) return null;
  return task.kind === 'bundle'
    ? `${task.children.length} 个事项`
    : `${task.children.length} 项子项`;
}

/** Which columns the screen is too narrow for; their content moves under the title. */
interface Folded {
  lead: boolean;
  support: boolean;
  targets: boolean;
}

function TaskCell({ task, folded }: { task: TaskResponse; folded: Folded }) {
  const count = childCountText(task);
  const targets = folded.targets ? familyTargets(task) : [];
  return (
    <div className="task-cell">
      <Link to={`/tasks/${task.id}`} className="task-title">
        {task.title}
      </Link>
      {task.completionPercent !== null && (
        // Only once a lead report was accepted: an empty bar on every row would say nothing.
        <div className="cell-meta task-cell__completion">
          <span className="meta-label">完成进度</span>
          <TaskCompletion percent={task.completionPercent} compact />
        </div>
      )}
      {folded.lead && (
        <div className="cell-meta">
          <span className="meta-label">牵头</span>
          <DepartmentTags departments={task.leadDepartments} role="lead" />
        </div>
      )}
      {folded.support && task.supportDepartments.length > 0 && (
        <div className="cell-meta">
          <span className="meta-label">配合</span>
          <DepartmentTags departments={task.supportDepartments} role="support" max={3} />
        </div>
      )}
      {((folded.lead && task.deadline.kind !== 'none') ||
        targets.length > 0 ||
        (folded.support && count)) && (
        <div className="cell-meta">
          {folded.lead && task.deadline.kind !== 'none' && (
            <DeadlineChip deadline={task.deadline} />
          )}
          <TargetChips targets={targets} />
          {folded.support && count && <Typography.Text type="secondary">{count}</Typography.Text>}
        </div>
      )}
    </div>
  );
}

/** One group's tasks. Column widths are fixed so that the tables of all groups line up. */
interface TaskTableProps {
  tasks: TaskResponse[];
  /** Whether the plan has quantitative targets at all; without, the column is left out. */
  withTargets: boolean;
}

export function TaskTable({ tasks, withTargets }: TaskTableProps) {
  const screens = Grid.useBreakpoint();
  const folded: Folded = {
    lead: !screens.md,
    support: !screens.lg,
    targets: withTargets && !screens.xl,
  };

  const columns: TableColumnsType<TaskResponse> = [
    {
      title: '编号',
      key: 'code',
      width: screens.md ? 76 : 56,
      render: (_, task) => <span className="task-code">{displayCode(task)}</span>,
    },
    { title: '任务', key: 'title', render: (_, task) => <TaskCell task={task} folded={folded} /> },
    {
      title: '牵头单位',
      key: 'lead',
      width: 200,
      responsive: ['md'],
      render: (_, task) => <DepartmentTags departments={task.leadDepartments} role="lead" />,
    },
    {
      title: '配合单位',
      key: 'support',
      width: 220,
      responsive: ['lg'],
      render: (_, task) => (
        <DepartmentTags departments={task.supportDepartments} role="support" max={4} />
      ),
    },
    {
      title: '时限',
      key: 'deadline',
      width: 150,
      responsive: ['md'],
      render: (_, task) => <DeadlineChip deadline={task.deadline} />,
    },
    ...(withTargets
      ? [
          {
            title: '目标',
            key: 'targets',
            width: 150,
            responsive: ['xl' as const],
            render: (_: unknown, task: TaskResponse) => (
              <TargetChips targets={familyTargets(task)} />
            ),
          },
        ]
      : []),
    {
      title: '子项',
      key: 'children',
      width: 64,
      align: 'right',
      responsive: ['lg'],
      render: (_, task) =>
        task.children.length > 0 ? (
          <span className="num" title={childCountText(task) ?? undefined}>
            {task.children.length}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Table<TaskResponse>
      className="task-table"
      size="small"
      rowKey="id"
      tableLayout="fixed"
      columns={columns}
      dataSource={tasks}
      pagination={false}
      showHeader={!folded.lead}
      // `children` are sub-items, listed on the task's own page: not tree rows here.
      expandable={{ childrenColumnName: 'treeRows', showExpandColumn: false }}
      onRow={(task) =>
        ({ 'data-task-id': task.id, 'data-task-code': task.code }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
