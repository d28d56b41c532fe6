import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  fromDayNumber,
  isValidDate,
  lastDayOfMonth,
  parseDate,
  toDayNumber,
} from './dates.js';

describe('dates', () => {
  it('parses a YYYY-MM-DD string into numbers', () => {
    expect(parseDate('2024-02-09')).toEqual({ year: 2024, month: 2, day: 9 });
  });

  it('accepts February 29th only in leap years', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
  });

  it('rejects strings that are not zero-padded real dates', () => {
    for (const bad of ['2024-2-9', '2024-02-30', '2024-13-01', '2024/02/09', '0024-02-09', '']) {
      expect(isValidDate(bad)).toBe(false);
    }
    expect(() => parseDate('2024-02-30')).toThrow(RangeError);
  });

  it('counts day numbers from 1970-01-01 and back without a timezone shift', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2024-01-01')).toBe(19723);
    expect(fromDayNumber(19723)).toBe('2024-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('gives the day of the week with 0 for Sunday', () => {
    expect(dayOfWeek('2024-02-04')).toBe(0);
    expect(dayOfWeek('2024-02-09')).toBe(5);
    expect(dayOfWeek('2023-10-07')).toBe(6);
    expect(dayOfWeek('1969-12-29')).toBe(1);
  });

  it('gives the last day of a month', () => {
    expect(lastDayOfMonth(2022, 2)).toBe('2022-02-28');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2021, 6)).toBe('2021-06-30');
    expect(lastDayOfMonth(2021, 12)).toBe('2021-12-31');
  });
});
