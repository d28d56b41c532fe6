import type { WorkingDayCalendar } from '../calendar/working-days.js';
import type { DeadlineKind } from '../domain/deadline.js';
import { OPEN_TASK_STATUSES, type TaskStatus } from '../domain/task-status.js';

/**
 * The rules of the scheduled checks (逾期督办草稿、到期提醒): pure functions of calendar dates
 * "YYYY-MM-DD" (China dates), so the API's jobs and the tests agree on every boundary.
 */

/** Working days before a task deadline when its departments are reminded. */
export const TASK_DEADLINE_REMINDER_WORKING_DAYS = 5;

/** Working days a department gets to answer a notice the system drafted. */
export const AUTO_NOTICE_RESPONSE_WORKING_DAYS = 3;

/** Deadline kinds with a date by which the work must be done (not "none" or "ongoing"). */
export const DATED_DEADLINE_KINDS: readonly DeadlineKind[] = ['date', 'milestone', 'phase'];

/**
 * The last day the work may be done: the printed deadline, moved to the next working day when
 * it falls on a day off (节假日顺延).
 */
export function effectiveDeadline(deadline: string, calendar: WorkingDayCalendar): string {
  return calendar.nextWorkingDayOnOrAfter(deadline);
}

/**
 * Overdue is computed, never stored: a task still expected to be worked on (未开始 / 推进中)
 * with a dated deadline whose effective date is before today.
 */
export function isTaskOverdue(
  task: { status: TaskStatus; deadlineKind: DeadlineKind; deadlineDate: string | null },
  today: string,
  calendar: WorkingDayCalendar,
): boolean {
  if (!OPEN_TASK_STATUSES.includes(task.status)) return false;
  if (!DATED_DEADLINE_KINDS.includes(task.deadlineKind) || task.deadlineDate === null) return false;
  return today > effectiveDeadline(task.deadlineDate, calendar);
}

/**
 * Whether today is in the reminder window of `dueDate`: from `workingDays` working days before
 * it up to the day itself. Monday is 3 working days before Thursday. A window missed while no
 * instance ran is still caught on a later day before the due date.
 */
export function isInReminderWindow(
  today: string,
  dueDate: string,
  workingDays: number,
  calendar: WorkingDayCalendar,
): boolean {
  if (today > dueDate) return false;
  return calendar.workingDaysBetween(today, dueDate) <= workingDays;
}

/** The previous reporting period of "YYYY-MM". */
export function previousPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
