import { formatDate } from '../calendar/dates.js';

/**
 * A reporting period is a calendar month written "YYYY-MM" (text, like every calendar date here,
 * so no time zone can move it). Strings of this form sort like the months they name.
 */
const PERIOD_FORMAT = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** China keeps UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function isValidPeriod(period: string): boolean {
  const match = PERIOD_FORMAT.exec(period);
  return match !== null && Number(match[1]) >= 1000;
}

/** Splits "YYYY-MM"; throws a RangeError for anything else. */
export function parsePeriod(period: string): { year: number; month: number } {
  if (!isValidPeriod(period)) {
    throw new RangeError(`Invalid reporting period "${period}": expected YYYY-MM`);
  }
  const [year, month] = period.split('-').map(Number) as [number, number];
  return { year, month };
}

/** The calendar date in China of an instant, "YYYY-MM-DD". */
export function chinaDateOf(instant: Date): string {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The period ("YYYY-MM") a calendar date "YYYY-MM-DD" falls in. */
export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}

/** The period an instant falls in, in China. */
export function chinaPeriodOf(instant: Date): string {
  return periodOfDate(chinaDateOf(instant));
}
