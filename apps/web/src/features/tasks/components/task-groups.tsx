import { findIndicator } from '@bizenv/shared';
import { Button, Collapse, Flex, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { TaskGroup } from '../lib/group-tasks';
import { TaskTable } from './task-table';
import '../tasks.css';

function GroupLabel({ group }: { group: TaskGroup }) {
  return (
    <div className="task-group-label">
      {group.parentTitle && (
        <Typography.Text type="secondary" className="task-group-label__parent">
          {group.parentTitle}
        </Typography.Text>
      )}
      <Typography.Text strong>{group.title}</Typography.Text>
      <Typography.Text type="secondary" className="task-group-label__count">
        {group.tasks.length} 项
      </Typography.Text>
    </div>
  );
}

/** Tasks grouped by section or indicator, in the plan's order; each group folds. */
interface TaskGroupsProps {
  groups: TaskGroup[];
  /** Shown left of the fold-all button (counts, clear filters). */
  summary: ReactNode;
  withTargets: boolean;
}

export function TaskGroups({ groups, summary, withTargets }: TaskGroupsProps) {
  // Folded groups are remembered by key, so groups that appear when filters change start open.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const openKeys = groups.map((g) => g.key).filter((key) => !folded.has(key));
  const allFolded = openKeys.length === 0;

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        {summary}
        <Button
          size="small"
          type="text"
          onClick={() => setFolded(allFolded ? new Set() : new Set(groups.map((g) => g.key)))}
        >
          {allFolded ? '全部展开' : '全部收起'}
        </Button>
      </Flex>
      <Collapse
        className="task-groups"
        classNames={{ body: 'task-group-body' }}
        activeKey={openKeys}
        onChange={(keys) => {
          const open = new Set(Array.isArray(keys) ? keys : [keys]);
          setFolded(new Set(groups.map((g) => g.key).filter((key) => !open.has(key))));
        }}
        items={groups.map((group) => {
          const indicator = group.indicator ? findIndicator(group.indicator) : undefined;
          return {
            key: group.key,
            label: <GroupLabel group={group} />,
            extra: indicator ? (
              <Tag variant="filled" color="geekblue" className="task-group-indicator">
                {indicator.name}
              </Tag>
            ) : undefined,
            children: <TaskTable tasks={group.tasks} withTargets={withTargets} />,
          };
        })}
      />
    </Flex>
  );
}
