import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../calendar/dates.js';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { reportDueDate } from './due-date.js';

const calendar = new WorkingDayCalendar();

describe('reportDueDate', () => {
  it('is day `dueDay` of the period itself when that is a working day', () => {
    expect(dayOfWeek('2025-08-20')).toBe(3);
    expect(reportDueDate('2025-08', 20, calendar)).toBe('2025-08-20');
  });

  it('moves a due day on a Sunday to Monday', () => {
    expect(dayOfWeek('2024-10-20')).toBe(0);
    expect(reportDueDate('2024-10', 20, calendar)).toBe('2024-10-21');
  });

  it('moves a due day inside the National Day break to the first working day after it', () => {
    // 2024-10-01..07 off; Tuesday 10-08 is the first working day.
    expect(reportDueDate('2024-10', 5, calendar)).toBe('2024-10-08');
    // 2025-10-01..08 off (国庆 and 中秋 together).
    expect(reportDueDate('2025-10', 3, calendar)).toBe('2025-10-09');
  });

  it('moves a due day inside the Spring Festival break', () => {
    // 2026-02-15..23 off: Friday the 20th is a holiday, Tuesday the 24th is back at work.
    expect(reportDueDate('2026-02', 20, calendar)).toBe('2026-02-24');
  });

  it('keeps a due day on a make-up Saturday or Sunday (调休上班)', () => {
    expect(dayOfWeek('2024-10-12')).toBe(6);
    expect(reportDueDate('2024-10', 12, calendar)).toBe('2024-10-12');
    expect(dayOfWeek('2026-09-20')).toBe(0);
    expect(reportDueDate('2026-09', 20, calendar)).toBe('2026-09-20');
  });

  it('follows an admin override of a year', () => {
    const corrected = new WorkingDayCalendar([
      { year: 2025, holidays: ['2025-08-20', '2025-08-21'], makeupWorkdays: [] },
    ]);
    expect(reportDueDate('2025-08', 20, corrected)).toBe('2025-08-22');
  });

  it('refuses due days outside 1–28 and malformed periods', () => {
    expect(() => reportDueDate('2025-08', 0, calendar)).toThrow(RangeError);
    expect(() => reportDueDate('2025-08', 29, calendar)).toThrow(RangeError);
    expect(() => reportDueDate('2025-08', 2.5, calendar)).toThrow(RangeError);
    expect(() => reportDueDate('2025-13', 20, calendar)).toThrow(RangeError);
    expect(() => reportDueDate('2025-8', 20, calendar)).toThrow(RangeError);
  });
});
