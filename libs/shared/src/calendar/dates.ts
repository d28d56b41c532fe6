/**
 * Calendar dates as "YYYY-MM-DD" strings. Internally a date becomes a day number (days since
 * 1970-01-01) computed with Date.UTC, so no local timezone can ever shift a date by a day and
 * date maths is plain integer arithmetic.
 */

const MS_PER_DAY = 86_400_000;
const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Years a date may have: four digits from 1000. Besides matching "YYYY", this keeps clear of
 * Date.UTC mapping years 0–99 to 1900–1999.
 */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function partsAreValid(year: number, month: number, day: number): boolean {
  return (
    isSupportedYear(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a "YYYY-MM-DD" string, or returns null when it is not a real calendar date. */
export function tryParseDate(date: string): DateParts | null {
  const match = DATE_FORMAT.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return partsAreValid(year, month, day) ? { year, month, day } : null;
}

export function isValidDate(date: string): boolean {
  return tryParseDate(date) !== null;
}

/** Splits a "YYYY-MM-DD" string; throws a RangeError for anything else ("2024-02-30", "2024-2-3"). */
export function parseDate(date: string): DateParts {
  const parts = tryParseDate(date);
  if (!parts)
    throw new RangeError(`Invalid calendar date "${date}": expected a real YYYY-MM-DD date`);
  return parts;
}

/** Builds "YYYY-MM-DD"; throws a RangeError when the parts name no real date (month 13, Feb 30). */
export function formatDate(year: number, month: number, day: number): string {
  if (!partsAreValid(year, month, day)) {
    throw new RangeError(`Invalid calendar date ${year}-${month}-${day}`);
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return formatDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days))
    throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Last day of `month` (1–12) of `year` as "YYYY-MM-DD". */
export function lastDayOfMonth(year: number, month: number): string {
  return formatDate(year, month, daysInMonth(year, month));
}
