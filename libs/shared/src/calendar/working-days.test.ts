import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { WorkingDayCalendar } from './working-days.js';

const calendar = new WorkingDayCalendar();

describe('WorkingDayCalendar.isWorkingDay', () => {
  it('keeps 除夕 2024-02-09 (Friday) a working day: the notice only encourages leave', () => {
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true);
  });

  it('makes the make-up Sunday 2024-02-04 a working day', () => {
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true);
  });

  it('makes every day of the 2024 Spring Festival 02-10..02-17 a day off', () => {
    for (let day = '2024-02-10'; day <= '2024-02-17'; day = addDays(day, 1)) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
  });

  it('makes the make-up Sunday 2024-02-18 after the Spring Festival a working day', () => {
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true);
  });

  it('makes the weekend after National Day 2023 (10-07 and 10-08) working days', () => {
    expect(calendar.isWorkingDay('2023-10-06')).toBe(false);
    expect(calendar.isWorkingDay('2023-10-07')).toBe(true);
    expect(calendar.isWorkingDay('2023-10-08')).toBe(true);
  });

  it('makes the 2025 National Day and Mid-Autumn break 10-01..10-08 days off, make-up 09-28 and 10-11', () => {
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
  });

  it('includes the 2020 Spring Festival extension: Friday 01-31 and the former make-up Saturday 02-01 off', () => {
    expect(calendar.isWorkingDay('2020-01-19')).toBe(true);
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-02')).toBe(false);
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('follows the 2026 notice: 春节 02-15..02-23 off, make-ups 02-14 and 02-28', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('treats 2022-12-31, listed by the 2023 notice, as a day off', () => {
    expect(calendar.isWorkingDay('2022-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2023-01-02')).toBe(false);
  });

  it('counts only weekends as days off in a year without data', () => {
    expect(calendar.hasDataFor(2019)).toBe(false);
    expect(calendar.isWorkingDay('2019-10-01')).toBe(true);
    expect(calendar.isWorkingDay('2019-10-05')).toBe(false);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => calendar.isWorkingDay('2024-2-9')).toThrow(RangeError);
  });
});

describe('WorkingDayCalendar.hasDataFor', () => {
  it('knows 2020 to 2026 and nothing else built in', () => {
    expect([2019, 2020, 2026, 2027].map((y) => calendar.hasDataFor(y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('WorkingDayCalendar.nextWorkingDayOnOrAfter (节假日顺延)', () => {
  it('moves a limit ending on National Day 2024-10-01 to Tuesday 10-08', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2024-10-01')).toBe('2024-10-08');
  });

  it('keeps a limit that ends on a working day', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2024-02-09')).toBe('2024-02-09');
  });

  it('keeps a limit that ends on a make-up Saturday', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2024-10-12')).toBe('2024-10-12');
  });

  it('moves a limit ending on an ordinary Saturday to Monday', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2024-03-09')).toBe('2024-03-11');
  });
});

describe('WorkingDayCalendar.addWorkingDays', () => {
  it('lands a 3-working-day limit from Friday 2024-09-27 after National Day, on 10-08', () => {
    // 09-29 (make-up Sunday) and 09-30 count, 10-01..10-07 are off.
    expect(calendar.addWorkingDays('2024-09-27', 3)).toBe('2024-10-08');
  });

  it('does not count the day a request is received: 1 working day from Monday is Tuesday', () => {
    expect(calendar.addWorkingDays('2024-03-11', 1)).toBe('2024-03-12');
  });

  it('starts counting after a holiday when the request arrives on one', () => {
    expect(calendar.addWorkingDays('2024-02-12', 1)).toBe('2024-02-18');
  });

  it('counts a 15-working-day limit across the 2025 Spring Festival', () => {
    // 01-27 Mon, 01-28..02-04 off, 02-08 make-up Saturday.
    expect(calendar.addWorkingDays('2025-01-20', 15)).toBe('2025-02-14');
  });

  it('returns the date itself for 0 working days', () => {
    expect(calendar.addWorkingDays('2024-10-01', 0)).toBe('2024-10-01');
  });

  it('rejects a negative or fractional number of working days', () => {
    expect(() => calendar.addWorkingDays('2024-03-11', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2024-03-11', 1.5)).toThrow(RangeError);
  });
});

describe('WorkingDayCalendar.workingDaysBetween', () => {
  it('counts (from, to] across National Day 2024: 09-27 to 10-08 is 3', () => {
    expect(calendar.workingDaysBetween('2024-09-27', '2024-10-08')).toBe(3);
  });

  it('is negative when to is before from', () => {
    expect(calendar.workingDaysBetween('2024-10-08', '2024-09-27')).toBe(-3);
  });

  it('is 0 for the same day and for a span of days off only', () => {
    expect(calendar.workingDaysBetween('2024-03-11', '2024-03-11')).toBe(0);
    expect(calendar.workingDaysBetween('2024-10-01', '2024-10-07')).toBe(0);
  });

  it('counts the 2024 Spring Festival month of February as 18 working days', () => {
    // 21 weekdays, minus 02-12..02-16, plus make-ups 02-04 and 02-18.
    expect(calendar.workingDaysBetween('2024-01-31', '2024-02-29')).toBe(18);
  });

  it('counts 2024 as 251 working days (262 weekdays minus the 11 statutory days)', () => {
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
  });

  it('agrees with a day-by-day count over every span starting each week of 2019–2027', () => {
    const slowCount = (from: string, to: string) => {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
        if (calendar.isWorkingDay(day)) count += 1;
      }
      return count;
    };
    for (let from = '2019-12-20'; from <= '2027-01-10'; from = addDays(from, 7)) {
      const to = addDays(from, 40);
      expect(calendar.workingDaysBetween(from, to), from).toBe(slowCount(from, to));
    }
  });

  it('inverts addWorkingDays', () => {
    for (const n of [1, 5, 22, 90]) {
      expect(
        calendar.workingDaysBetween('2023-09-25', calendar.addWorkingDays('2023-09-25', n)),
      ).toBe(n);
    }
  });
});

describe('WorkingDayCalendar overrides', () => {
  const corrected2024 = {
    year: 2024,
    holidays: ['2024-02-09', '2024-02-10', '2024-02-11'],
    makeupWorkdays: ['2024-02-03'],
  };

  it('replaces the built-in data of the overridden year entirely', () => {
    const custom = new WorkingDayCalendar([corrected2024]);
    expect(custom.isWorkingDay('2024-02-09')).toBe(false);
    expect(custom.isWorkingDay('2024-02-03')).toBe(true);
    // Built-in 2024 days that the override leaves out are ordinary days again.
    expect(custom.isWorkingDay('2024-02-04')).toBe(false);
    expect(custom.isWorkingDay('2024-02-12')).toBe(true);
    expect(custom.isWorkingDay('2024-10-01')).toBe(true);
  });

  it('keeps the built-in data of the years not overridden', () => {
    const custom = new WorkingDayCalendar([corrected2024]);
    expect(custom.isWorkingDay('2023-10-07')).toBe(true);
    expect(custom.isWorkingDay('2025-01-28')).toBe(false);
  });

  it('adds a year beyond the built-in data', () => {
    const custom = new WorkingDayCalendar([
      { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-09'] },
    ]);
    expect(custom.hasDataFor(2027)).toBe(true);
    expect(custom.isWorkingDay('2027-01-01')).toBe(false);
    expect(custom.isWorkingDay('2027-01-09')).toBe(true);
  });

  it('rejects a make-up workday that is a weekday', () => {
    expect(
      () => new WorkingDayCalendar([{ year: 2027, holidays: [], makeupWorkdays: ['2027-01-08'] }]),
    ).toThrow(/2027-01-08 is a weekday/);
  });

  it('rejects a date outside the notice year', () => {
    expect(
      () => new WorkingDayCalendar([{ year: 2027, holidays: ['2025-10-01'], makeupWorkdays: [] }]),
    ).toThrow(/2025-10-01 does not belong to the 2027 notice/);
  });

  it('rejects the same year given twice', () => {
    expect(() => new WorkingDayCalendar([corrected2024, corrected2024])).toThrow(/given twice/);
  });

  it('rejects a day one notice makes a holiday and another a make-up workday', () => {
    // The 2023 notice makes 2022-12-31 a holiday.
    const clash = { year: 2022, holidays: [], makeupWorkdays: ['2022-12-31'] };
    expect(() => new WorkingDayCalendar([clash])).toThrow(/2022-12-31 is both/);
  });
});
