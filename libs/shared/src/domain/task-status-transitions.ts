import type { TaskStatus } from './task-status.js';

/**
 * Status changes the office may make by hand (POST /tasks/:id/status), always with a reason.
 *
 * 已完成（待销号） and 已销号 belong to the closure (销号) workflow: a lead department's closure
 * request moves a task into 已完成（待销号）, and only the office's decision on that request moves
 * it on (approve → 已销号, reject → 推进中). So no manual change enters either status, and none
 * leaves 已完成（待销号） (that would strand the pending request). 已销号 is final, except that the
 * office may reopen a closed task (→ 推进中) when the work turns out not to be finished.
 */
export const MANUAL_STATUS_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  not_started: ['in_progress', 'suspended'],
  in_progress: ['not_started', 'suspended'],
  suspended: ['not_started', 'in_progress'],
  done_pending_closure: [],
  closed: ['in_progress'],
};

export function canChangeStatusManually(from: TaskStatus, to: TaskStatus): boolean {
  return MANUAL_STATUS_TRANSITIONS[from].includes(to);
}

/** Statuses from which a lead department may ask for closure (report the work done). */
export const CLOSURE_REQUESTABLE_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress'];
