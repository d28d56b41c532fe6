/** Lifecycle of a task. "Overdue" is not a status: it is computed from deadline and calendar. */
export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'done_pending_closure',
  'closed',
  'suspended',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  done_pending_closure: '已完成（待销号）',
  closed: '已销号',
  suspended: '暂缓',
};

/** Statuses in which work is still expected, so a passed deadline makes the task overdue. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress'];
