import {
  dayOfWeekOfDayNumber,
  fromDayNumber,
  isSupportedYear,
  toDayNumber,
  tryParseDate,
} from './dates.js';
import { BUILT_IN_HOLIDAY_YEARS, type HolidayYear } from './holidays.js';

function isWeekend(dayNumber: number): boolean {
  const dayOfWeek = dayOfWeekOfDayNumber(dayNumber);
  return dayOfWeek === 0 || dayOfWeek === 6;
}

/**
 * Lists what is wrong with one year's holiday data (empty when it is usable), so the API can
 * reject an admin's entry field by field before it reaches a calendar.
 */
export function validateHolidayYear(data: HolidayYear): string[] {
  const problems: string[] = [];
  if (!isSupportedYear(data.year)) {
    problems.push(`year ${data.year} is not a four-digit year`);
  }
  const checkDate = (date: string, list: string): void => {
    const parts = tryParseDate(date);
    if (!parts) {
      problems.push(`${list}: "${date}" is not a YYYY-MM-DD date`);
      return;
    }
    // A notice may start its New Year break in the December before (2023's starts on 2022-12-31).
    const inNoticeYear =
      parts.year === data.year || (parts.year === data.year - 1 && parts.month === 12);
    if (!inNoticeYear) problems.push(`${list}: ${date} does not belong to the ${data.year} notice`);
  };
  data.holidays.forEach((date) => checkDate(date, 'holidays'));
  data.makeupWorkdays.forEach((date) => checkDate(date, 'makeupWorkdays'));
  for (const date of data.makeupWorkdays) {
    if (tryParseDate(date) && !isWeekend(toDayNumber(date))) {
      problems.push(
        `makeupWorkdays: ${date} is a weekday; make-up workdays are Saturdays or Sundays`,
      );
    }
    if (data.holidays.includes(date)) {
      problems.push(`${date} is both a holiday and a make-up workday`);
    }
  }
  return problems;
}

/** How many numbers of the ascending array `sorted` are <= `limit` (binary search). */
function countUpTo(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Counts Monday–Friday days up to `dayNumber` inclusive, from the Monday 1969-12-29 (day -3).
 * Only differences are meaningful; they are exact for any two days, before 1970 too.
 */
function weekdaysThrough(dayNumber: number): number {
  const daysSinceMonday = dayNumber + 4; // days in [-3, dayNumber]
  const weeks = Math.floor(daysSinceMonday / 7);
  return weeks * 5 + Math.min(daysSinceMonday - weeks * 7, 5);
}

/**
 * China's working-day calendar: Monday–Friday, minus the State Council's holidays, plus its
 * make-up workdays (调休). Years without data (see hasDataFor) count weekends only.
 *
 * Build it once and share it: construction validates and indexes the data, after which every
 * query is a few Set lookups or binary searches, cheap enough for dashboards over thousands of
 * tasks.
 */
export class WorkingDayCalendar {
  private readonly years = new Set<number>();
  private readonly holidays = new Set<number>();
  private readonly makeupWorkdays = new Set<number>();
  /** Ascending day numbers of holidays falling Monday–Friday: the ones that cost a working day. */
  private readonly weekdayHolidays: number[];
  /** Ascending day numbers of make-up workdays: each adds a working day on a weekend. */
  private readonly sortedMakeupWorkdays: number[];

  /**
   * @param overrides years an admin added or corrected; a year given here replaces the
   * built-in data of that year entirely. Throws a RangeError for invalid data.
   */
  constructor(overrides: readonly HolidayYear[] = []) {
    const byYear = new Map<number, HolidayYear>(BUILT_IN_HOLIDAY_YEARS.map((y) => [y.year, y]));
    const overridden = new Set<number>();
    for (const override of overrides) {
      if (overridden.has(override.year)) {
        throw new RangeError(`Holiday data for ${override.year} is given twice`);
      }
      overridden.add(override.year);
      const problems = validateHolidayYear(override);
      if (problems.length > 0) {
        throw new RangeError(`Invalid holiday data for ${override.year}: ${problems.join('; ')}`);
      }
      byYear.set(override.year, override);
    }
    for (const data of byYear.values()) {
      this.years.add(data.year);
      data.holidays.forEach((date) => this.holidays.add(toDayNumber(date)));
      data.makeupWorkdays.forEach((date) => this.makeupWorkdays.add(toDayNumber(date)));
    }
    // Two notices can both name a late-December day; they must agree on it.
    for (const day of this.makeupWorkdays) {
      if (this.holidays.has(day)) {
        throw new RangeError(`${fromDayNumber(day)} is both a holiday and a make-up workday`);
      }
    }
    const ascending = (a: number, b: number): number => a - b;
    this.weekdayHolidays = [...this.holidays].filter((day) => !isWeekend(day)).sort(ascending);
    this.sortedMakeupWorkdays = [...this.makeupWorkdays].sort(ascending);
  }

  /** Whether the calendar knows the holiday notice of `year`; if not, callers should warn. */
  hasDataFor(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * 节假日顺延: `date` itself when it is a working day, otherwise the first working day after it.
   * Use it for limits counted in calendar days ("12月30日前") that end on a day off.
   */
  nextWorkingDayOnOrAfter(date: string): string {
    let day = toDayNumber(date);
    while (!this.isWorkingDayNumber(day)) day += 1;
    return fromDayNumber(day);
  }

  /**
   * The `workingDays`-th working day after `date`; `date` itself never counts, working day or
   * not (期间开始之日不计算在内). A request received on day D with a limit of N working days is
   * due by the end of addWorkingDays(D, N): received Friday 2024-09-27 with 3 working days, it
   * is due Tuesday 2024-10-08 (make-up Sunday 09-29, Monday 09-30, then 10-01..07 are off).
   * `workingDays` = 0 returns `date` unchanged. Always workingDaysBetween(D, result) = N.
   */
  addWorkingDays(date: string, workingDays: number): string {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`addWorkingDays needs a whole number >= 0, got ${workingDays}`);
    }
    let day = toDayNumber(date);
    for (let left = workingDays; left > 0;) {
      day += 1;
      if (this.isWorkingDayNumber(day)) left -= 1;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days in the half-open span (from, to]: `from` is excluded and `to` included, the
   * same convention as addWorkingDays, so a task due `to` and finished on `done` is late by
   * workingDaysBetween(to, done) working days when that is positive. When `to` is before
   * `from` the result is negative: −(working days in (to, from]). Same day gives 0.
   */
  workingDaysBetween(from: string, to: string): number {
    const fromDay = toDayNumber(from);
    const toDay = toDayNumber(to);
    return toDay >= fromDay
      ? this.countWorkingDays(fromDay, toDay)
      : -this.countWorkingDays(toDay, fromDay);
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.makeupWorkdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !isWeekend(day);
  }

  /** Working days in (after, through] for after <= through, without walking the days. */
  private countWorkingDays(after: number, through: number): number {
    const weekdays = weekdaysThrough(through) - weekdaysThrough(after);
    const holidaysOff =
      countUpTo(this.weekdayHolidays, through) - countUpTo(this.weekdayHolidays, after);
    const makeups =
      countUpTo(this.sortedMakeupWorkdays, through) - countUpTo(this.sortedMakeupWorkdays, after);
    return weekdays - holidaysOff + makeups;
  }
}
