import { daysInMonth, isValidDate } from '../calendar/dates.js';
import type { WorkingDayCalendar } from '../calendar/working-days.js';
import { isValidPeriod, parsePeriod } from '../reporting/periods.js';

/** Working days ahead that make an open task "due soon" on a dashboard. */
export const DUE_SOON_WORKING_DAYS = 10;

/** How many periods (months) the trend charts cover, ending with the period of asOf. */
export const TREND_PERIODS = 12;

/**
 * `?asOf=` as a China calendar date: "YYYY-MM-DD" as is, "YYYY-MM" → the last day of that month;
 * null for anything else.
 */
export function resolveAsOf(value: string): string | null {
  if (isValidDate(value)) return value;
  if (!isValidPeriod(value)) return null;
  const { year, month } = parsePeriod(value);
  return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * The first instant after the China day `date` ends, as fixed-width ISO UTC text: events with
 * `occurred_at < cut` happened on or before that day (China is UTC+8 all year).
 */
export function endOfChinaDay(date: string): string {
  return `${date}T16:00:00.000Z`;
}

function shiftDays(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00.000Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/**
 * The deadline bounds of a dashboard at `asOf`, as printed deadline dates (before 节假日顺延):
 * - overdue: an open task whose deadline is on or before `overdueThrough` (its effective, moved
 *   deadline is a working day before asOf);
 * - due soon: deadline after `overdueThrough` and on or before `dueSoonThrough` (effective
 *   deadline within asOf … asOf + 10 working days).
 * Comparing printed dates with these bounds gives the same answer as isTaskOverdue, in SQL.
 */
export function deadlineBounds(
  asOf: string,
  calendar: WorkingDayCalendar,
): { overdueThrough: string; dueSoonThrough: string } {
  let day = shiftDays(asOf, -1);
  while (!calendar.isWorkingDay(day)) day = shiftDays(day, -1);
  return {
    overdueThrough: day,
    dueSoonThrough: calendar.addWorkingDays(asOf, DUE_SOON_WORKING_DAYS),
  };
}

/** The `count` periods ending with `period`, oldest first. */
export function periodsEndingWith(period: string, count: number): string[] {
  const { year, month } = parsePeriod(period);
  const periods: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    periods.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}
