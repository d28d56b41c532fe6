import { formatDate } from '../calendar/dates.js';
import type { WorkingDayCalendar } from '../calendar/working-days.js';
import { parsePeriod } from './periods.js';

/** The due day of the month when a jurisdiction sets none (domain: "commonly the 20th"). */
export const DEFAULT_REPORT_DUE_DAY = 20;
/** Due days stop at 28 so that every month, February included, has the day. */
export const MIN_REPORT_DUE_DAY = 1;
export const MAX_REPORT_DUE_DAY = 28;
/** Working days before the due date when departments are reminded (used by reminders). */
export const DEFAULT_REMINDER_WORKING_DAYS = 3;
export const MAX_REMINDER_WORKING_DAYS = 20;

/**
 * When the report of period P ("YYYY-MM") is due: day `dueDay` of month P itself — the report
 * on July's work is due on 07-20 — moved to the next working day when that day is off
 * (节假日顺延), so a due day on a Sunday or inside the National Day break moves forward.
 * A report submitted on the due date is on time; the day after, it is late.
 */
export function reportDueDate(
  period: string,
  dueDay: number,
  calendar: WorkingDayCalendar,
): string {
  if (!Number.isInteger(dueDay) || dueDay < MIN_REPORT_DUE_DAY || dueDay > MAX_REPORT_DUE_DAY) {
    throw new RangeError(
      `Report due day must be ${MIN_REPORT_DUE_DAY}–${MAX_REPORT_DUE_DAY}, got ${dueDay}`,
    );
  }
  const { year, month } = parsePeriod(period);
  return calendar.nextWorkingDayOnOrAfter(formatDate(year, month, dueDay));
}
