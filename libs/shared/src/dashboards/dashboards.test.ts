import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { isTaskOverdue } from '../supervision/schedule-rules.js';
import { deadlineBounds, endOfChinaDay, periodsEndingWith, resolveAsOf } from './as-of.js';
import { rate, reportRates, targetVerdict } from './figures.js';
import { rankByScore, rollupScore } from './ranking.js';

const calendar = new WorkingDayCalendar();

describe('dashboard as-of dates', () => {
  it('reads a date, or a month as its last day', () => {
    expect(resolveAsOf('2025-07-10')).toBe('2025-07-10');
    expect(resolveAsOf('2024-02')).toBe('2024-02-29');
    expect(resolveAsOf('2025-13')).toBeNull();
    expect(resolveAsOf('2025-02-30')).toBeNull();
    expect(resolveAsOf('today')).toBeNull();
  });

  it('ends a China day at 16:00 UTC', () => {
    expect(endOfChinaDay('2025-07-10')).toBe('2025-07-10T16:00:00.000Z');
  });

  it('bounds deadlines so that printed dates give the same overdue answer as isTaskOverdue', () => {
    // Thursday 2024-10-10, after the National Day break (10-01..07 off).
    const asOf = '2024-10-10';
    const { overdueThrough, dueSoonThrough } = deadlineBounds(asOf, calendar);
    expect(overdueThrough).toBe('2024-10-09');
    // Ten working days on: 10-11, Saturday 10-12 (make-up), 10-14 … 10-23.
    expect(dueSoonThrough).toBe('2024-10-23');
    for (const deadline of ['2024-09-30', '2024-10-01', '2024-10-07', '2024-10-09', '2024-10-10']) {
      const task = {
        status: 'in_progress' as const,
        deadlineKind: 'date' as const,
        deadlineDate: deadline,
      };
      expect(deadline <= overdueThrough, deadline).toBe(isTaskOverdue(task, asOf, calendar));
    }
    // On Tuesday 10-08 a deadline of 10-01 (moved to 10-08) is not overdue yet.
    expect(deadlineBounds('2024-10-08', calendar).overdueThrough).toBe('2024-09-30');
  });

  it('lists trend periods across a year boundary', () => {
    expect(periodsEndingWith('2025-02', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('dashboard figures', () => {
  it('gives no rate without a denominator', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
  });

  it('judges targets by their direction', () => {
    expect(targetVerdict('lte', 90, 80, true)).toBe('met');
    expect(targetVerdict('lte', 90, 95, true)).toBe('on_track');
    expect(targetVerdict('lte', 90, 95, false)).toBe('missed');
    expect(targetVerdict('gte', 60, 65, false)).toBe('met');
    expect(targetVerdict('gte', 60, 55, false)).toBe('missed');
    expect(targetVerdict('eq', 100, 100, false)).toBe('met');
    expect(targetVerdict('gte', 60, null, false)).toBe('no_data');
  });

  it('rates report submission over the reports already due', () => {
    expect(reportRates({ expected: 10, onTime: 6, late: 2, pending: 0 })).toEqual({
      submissionRate: 0.8,
      lateRate: 0.25,
      onTimeRate: 0.6,
    });
    expect(reportRates({ expected: 3, onTime: 0, late: 0, pending: 3 }).submissionRate).toBeNull();
  });
});

describe('roll-up ranking', () => {
  it('scores with the weights, leaving out figures that do not exist', () => {
    expect(
      rollupScore({ completionRate: 1, notOverdueRate: 1, reportOnTimeRate: 1, targetsMetRate: 1 }),
    ).toBe(100);
    expect(
      rollupScore({
        completionRate: 0.5,
        notOverdueRate: 1,
        reportOnTimeRate: 0,
        targetsMetRate: null,
      }),
    ).toBe(50);
  });

  it('ranks ties together and skips the next rank', () => {
    expect(rankByScore([70, 90, 70, 50])).toEqual([2, 1, 2, 4]);
  });
});
