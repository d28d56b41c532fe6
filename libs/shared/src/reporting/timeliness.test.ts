import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { reportDueDate } from './due-date.js';
import { chinaDateOf } from './periods.js';
import { countTimeliness, reportTimeliness } from './timeliness.js';

const calendar = new WorkingDayCalendar();

describe('reportTimeliness', () => {
  // September 2024's report, due the 20th (a Friday).
  const due = reportDueDate('2024-09', 20, calendar);

  it('counts a submission on the due date as on time and the day after as late', () => {
    expect(due).toBe('2024-09-20');
    expect(reportTimeliness(due, '2024-09-20', '2024-09-25')).toBe('on_time');
    expect(reportTimeliness(due, '2024-09-21', '2024-09-25')).toBe('late');
  });

  it('is pending until the due date has passed, then missing', () => {
    expect(reportTimeliness(due, null, '2024-09-20')).toBe('pending');
    expect(reportTimeliness(due, null, '2024-09-21')).toBe('missing');
  });

  it('uses the China date of an instant: 23:30 in Beijing is still the due date', () => {
    const lateEvening = new Date('2024-09-20T15:30:00Z'); // 23:30 UTC+8
    const afterMidnight = new Date('2024-09-20T16:30:00Z'); // 00:30 on the 21st
    expect(reportTimeliness(due, chinaDateOf(lateEvening), '2024-09-30')).toBe('on_time');
    expect(reportTimeliness(due, chinaDateOf(afterMidnight), '2024-09-30')).toBe('late');
  });

  it('gives the National Day break to a due day inside it', () => {
    const octoberDue = reportDueDate('2025-10', 1, calendar);
    expect(octoberDue).toBe('2025-10-09');
    expect(reportTimeliness(octoberDue, '2025-10-09', '2025-10-20')).toBe('on_time');
    expect(reportTimeliness(octoberDue, null, '2025-10-08')).toBe('pending');
    expect(reportTimeliness(octoberDue, null, '2025-10-10')).toBe('missing');
  });
});

describe('countTimeliness', () => {
  it('adds up one department’s reports', () => {
    expect(countTimeliness(['on_time', 'late', 'missing', 'missing', 'pending'])).toEqual({
      expected: 5,
      onTime: 1,
      late: 1,
      missing: 2,
      pending: 1,
    });
    expect(countTimeliness([])).toEqual({
      expected: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
    });
  });
});
