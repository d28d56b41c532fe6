import { addDays, parseDate, type WorkingDayCalendar } from '@bizenv/shared';
import type { Prng } from './prng.js';

/** China keeps UTC+8 all year. */
const CHINA_OFFSET_HOURS = 8;

/** The instant of a China date at an office hour (09:00–17:59), as the services' Clock gives. */
export function officeInstant(date: string, random: Prng): Date {
  const { year, month, day } = parseDate(date);
  return new Date(
    Date.UTC(year, month - 1, day, random.int(9, 17) - CHINA_OFFSET_HOURS, random.int(0, 59)),
  );
}

/** A later instant on the same China date (at most 17:59), so events of one day stay ordered. */
export function laterSameDay(after: Date, random: Prng): Date {
  const latest = new Date(after);
  latest.setUTCHours(17 - CHINA_OFFSET_HOURS, 59, 0, 0);
  const gap = Math.max(0, latest.getTime() - after.getTime());
  return new Date(after.getTime() + Math.min(gap, random.int(5, 90) * 60_000));
}

/** `days` calendar days on, moved to a working day (people act on working days). */
export function workingDayAfter(date: string, days: number, calendar: WorkingDayCalendar): string {
  return calendar.nextWorkingDayOnOrAfter(addDays(date, days));
}

export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Periods "YYYY-MM" from `first` through `last`, both included. */
export function periodsBetween(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let period = first; period <= last; period = nextPeriod(period)) periods.push(period);
  return periods;
}
