import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './dates.js';
import { BUILT_IN_HOLIDAY_YEARS } from './holidays.js';
import { validateHolidayYear } from './working-days.js';

function builtIn(year: number) {
  const data = BUILT_IN_HOLIDAY_YEARS.find((y) => y.year === year);
  if (!data) throw new Error(`no built-in data for ${year}`);
  return data;
}

/** Weekdays off minus weekend days worked: the statutory holidays a year actually gives. */
function netWorkingDaysOff(year: number): number {
  const data = builtIn(year);
  const isWeekday = (date: string) => dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6;
  return data.holidays.filter(isWeekday).length - data.makeupWorkdays.length;
}

describe('built-in holiday data', () => {
  it('covers every year from 2020 to 2026 once', () => {
    expect(BUILT_IN_HOLIDAY_YEARS.map((y) => y.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('passes validation for every year', () => {
    for (const data of BUILT_IN_HOLIDAY_YEARS) expect(validateHolidayYear(data)).toEqual([]);
  });

  it('gives the 11 statutory days net for 2021 to 2024', () => {
    for (const year of [2021, 2022, 2023, 2024]) expect(netWorkingDaysOff(year)).toBe(11);
  });

  it('gives 13 days net for 2020: 11 plus the two working days lost to the extended Spring Festival', () => {
    expect(netWorkingDaysOff(2020)).toBe(13);
  });

  it('gives the 13 statutory days net from 2025, when 除夕 and a second May Day were added', () => {
    expect(netWorkingDaysOff(2025)).toBe(13);
    expect(netWorkingDaysOff(2026)).toBe(13);
  });

  it('lists every day of a holiday period, weekend days included', () => {
    const holidays = builtIn(2026).holidays;
    const springFestival = holidays.filter((d) => d >= '2026-02-01' && d <= '2026-02-28');
    expect(springFestival).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });

  it('files the 2023 New Year break that starts on 2022-12-31 under the 2023 notice', () => {
    expect(builtIn(2023).holidays.slice(0, 3)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
  });
});
