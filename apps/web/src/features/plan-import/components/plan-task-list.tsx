import type { PlanImportTaskReview, SeedPlan, SeedTask } from '@bizenv/shared';
import { Card, Empty, Space, Switch } from 'antd';
import { useState } from 'react';
import { mergeWithNext, nextSibling, replaceTask, splitTask } from '../lib/task-edits';
import { TaskEditDialog } from './task-edit-dialog';
import { TaskReviewItem } from './task-review-item';
import { TaskSplitDialog } from './task-split-dialog';

type Editing = { kind: 'edit' | 'split'; task: SeedTask } | null;

/** The tasks of one plan of the draft, each next to its source lines; edit, merge, split. */
export function PlanTaskList({
  plan,
  reviews,
  sourceLines,
  unitNames,
  saving,
  onSave,
}: {
  plan: SeedPlan;
  reviews: PlanImportTaskReview[];
  sourceLines: string[];
  unitNames: string[];
  saving: boolean;
  onSave: (plan: SeedPlan, onDone?: () => void) => void;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const [onlyUnsure, setOnlyUnsure] = useState(false);
  const reviewOf = (code: string) => reviews.find((r) => r.planKey === plan.key && r.code === code);
  const tasks = onlyUnsure
    ? plan.tasks.filter((task) => (reviewOf(task.code)?.unsure.length ?? 0) > 0)
    : plan.tasks;
  const close = () => setEditing(null);

  return (
    <Card
      size="small"
      title={`任务（${plan.tasks.length} 项）`}
      extra={
        <Space>
          <span>只看存疑</span>
          <Switch aria-label="只看存疑" checked={onlyUnsure} onChange={setOnlyUnsure} />
        </Space>
      }
    >
      {tasks.length === 0 && <Empty description="没有任务" />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {tasks.map((task) => (
          <TaskReviewItem
            key={task.code}
            task={task}
            review={reviewOf(task.code)}
            sourceLines={sourceLines}
            busy={saving}
            canMerge={nextSibling(plan, task.code) !== undefined}
            onEdit={() => setEditing({ kind: 'edit', task })}
            onSplit={() => setEditing({ kind: 'split', task })}
            onMerge={() => onSave(mergeWithNext(plan, task.code))}
          />
        ))}
      </Space>
      {editing?.kind === 'edit' && (
        <TaskEditDialog
          task={editing.task}
          unitNames={unitNames}
          saving={saving}
          onClose={close}
          onSave={(next) => onSave(replaceTask(plan, editing.task.code, next), close)}
        />
      )}
      {editing?.kind === 'split' && (
        <TaskSplitDialog
          task={editing.task}
          saving={saving}
          onClose={close}
          onSplit={(first, second) =>
            onSave(splitTask(plan, editing.task.code, first, second), close)
          }
        />
      )}
    </Card>
  );
}
