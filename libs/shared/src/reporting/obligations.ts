import type { TaskStatus } from '../domain/task-status.js';

/**
 * Task statuses in which departments still report monthly: everything but closed (已销号) and
 * suspended (暂缓). A task done and waiting for closure still reports until it is closed.
 */
export const REPORTING_TASK_STATUSES: readonly TaskStatus[] = [
  'not_started',
  'in_progress',
  'done_pending_closure',
];

export function taskExpectsReports(status: TaskStatus): boolean {
  return REPORTING_TASK_STATUSES.includes(status);
}
