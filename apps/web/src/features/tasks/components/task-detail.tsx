import { TASK_KIND_LABELS, findIndicator, type TaskDetailResponse } from '@bizenv/shared';
import { Card, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DepartmentTags } from '@/components/department-tags';
import { deadlineSentence } from '../lib/labels';
import { DeadlineChip } from './deadline-chip';
import { SubItemList } from './sub-item-list';
import { TargetTable } from './target-table';
import { TaskBody } from './task-body';
import { TaskStatusTag } from './task-status-tag';
import '../tasks.css';
import { TaskCompletion } from './task-completion';

function Leaders({ task }: { task: TaskDetailResponse }) {
  if (task.leaders.length === 0) {
    return <span>{task.leaderText ?? <Typography.Text type="secondary">—</Typography.Text>}</span>;
  }
  return (
    <span>
      {task.leaders.map((leader, index) => (
        <span key={leader.id}>
          {index > 0 && '、'}
          <Typography.Text strong>{leader.name}</Typography.Text>
          <Typography.Text type="secondary">（{leader.title}）</Typography.Text>
        </span>
      ))}
    </span>
  );
}

function TaskFacts({ task }: { task: TaskDetailResponse }) {
  const indicator = task.indicator ? findIndicator(task.indicator) : undefined;
  // On phones each label sits above its value, so neither is squeezed into a narrow column.
  const { sm } = Grid.useBreakpoint();
  return (
    <Descriptions
      size="small"
      bordered
      layout={sm ? 'horizontal' : 'vertical'}
      column={{ xs: 1, md: 2 }}
      className="task-facts"
      items={[
        {
          key: 'lead',
          label: '牵头单位',
          span: 'filled',
          children: <DepartmentTags departments={task.leadDepartments} role="lead" />,
        },
        {
          key: 'support',
          label: '配合单位',
          span: 'filled',
          children: (
            <DepartmentTags departments={task.supportDepartments} role="support" emptyText="无" />
          ),
        },
        {
          key: 'deadline',
          label: '完成时限',
          children:
            task.deadline.kind === 'none' && !task.originalDeadline ? (
              <DeadlineChip deadline={task.deadline} />
            ) : (
              <Flex vertical gap={2}>
                <DeadlineChip deadline={task.deadline} />
                <Typography.Text type="secondary">
                  {deadlineSentence(task.deadline)}
                </Typography.Text>
                {/* An approved extension (延期) keeps the planned deadline for comparison. */}
                {task.originalDeadline && (
                  <Typography.Text type="secondary" className="deadline-original">
                    原定：{deadlineSentence(task.originalDeadline)}
                  </Typography.Text>
                )}
              </Flex>
            ),
        },
        { key: 'leaders', label: '包抓领导 / 指标长', children: <Leaders task={task} /> },
        { key: 'indicator', label: '所属指标', children: indicator?.name ?? '—' },
        { key: 'status', label: '状态', children: <TaskStatusTag status={task.status} /> },
        {
          key: 'completion',
          label: '完成进度',
          span: 'filled',
          children: <TaskCompletion percent={task.completionPercent} />,
        },
        ...(task.attribution
          ? [
              {
                key: 'attribution',
                label: '原文分工',
                span: 'filled' as const,
                children: task.attribution,
              },
            ]
          : []),
      ]}
    />
  );
}

/** A task in full: text, attribution, deadline, leaders, sub-items and targets. */
export function TaskDetail({ task }: { task: TaskDetailResponse }) {
  const childKind = task.children[0] ? TASK_KIND_LABELS[task.children[0].kind] : '子项';
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Tag variant="filled">{TASK_KIND_LABELS[task.kind]}</Tag>
            <span className="task-code task-code--large">{task.code}</span>
            <TaskStatusTag status={task.status} />
          </Flex>
          <Typography.Title level={3} className="task-detail-title">
            {task.title}
          </Typography.Title>
          {task.parent && (
            <Typography.Text type="secondary">
              上级任务：
              <Link to={`/tasks/${task.parent.id}`}>
                {task.parent.code} {task.parent.title}
              </Link>
            </Typography.Text>
          )}
          <TaskFacts task={task} />
        </Flex>
      </Card>
      <Card size="small" title="任务内容">
        <TaskBody body={task.body} />
      </Card>
      {task.children.length > 0 && (
        <Card size="small" title={`${childKind}（${task.children.length}）`}>
          <SubItemList items={task.children} />
        </Card>
      )}
      <Card size="small" title="量化目标">
        <TargetTable task={task} />
      </Card>
    </Flex>
  );
}
