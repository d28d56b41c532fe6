import { TASK_STATUS_LABELS, type TaskStatus } from '@bizenv/shared';
import { Tag } from 'antd';

const COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done_pending_closure: 'success',
  closed: 'green',
  suspended: 'warning',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <Tag color={COLORS[status]}>{TASK_STATUS_LABELS[status]}</Tag>;
}
