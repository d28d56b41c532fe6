import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import {
  effectiveDeadline,
  isInReminderWindow,
  isTaskOverdue,
  previousPeriod,
} from './schedule-rules.js';

const calendar = new WorkingDayCalendar();
const open = { status: 'in_progress' as const, deadlineKind: 'date' as const };

describe('schedule rules', () => {
  it('moves a deadline on a day off to the next working day (节假日顺延)', () => {
    // 2024-10-01..07 is the National Day break; Tuesday 2024-10-08 is the next working day.
    expect(effectiveDeadline('2024-10-01', calendar)).toBe('2024-10-08');
    expect(effectiveDeadline('2024-09-30', calendar)).toBe('2024-09-30');
  });

  it('makes a task overdue only after its effective deadline, and only while open', () => {
    const task = { ...open, deadlineDate: '2024-10-01' };
    expect(isTaskOverdue(task, '2024-10-08', calendar)).toBe(false);
    expect(isTaskOverdue(task, '2024-10-09', calendar)).toBe(true);
    expect(isTaskOverdue({ ...task, status: 'done_pending_closure' }, '2024-10-09', calendar)).toBe(
      false,
    );
    expect(isTaskOverdue({ ...task, deadlineKind: 'ongoing' }, '2024-10-09', calendar)).toBe(false);
    expect(isTaskOverdue({ ...task, deadlineKind: 'milestone' }, '2024-10-09', calendar)).toBe(
      true,
    );
    expect(isTaskOverdue({ ...open, deadlineDate: null }, '2024-10-09', calendar)).toBe(false);
  });

  it('opens the reminder window N working days before the due date, through the due date', () => {
    // Thursday 2025-06-19 due; Monday 06-16 is 3 working days before.
    expect(isInReminderWindow('2025-06-13', '2025-06-19', 3, calendar)).toBe(false);
    expect(isInReminderWindow('2025-06-15', '2025-06-19', 3, calendar)).toBe(false);
    expect(isInReminderWindow('2025-06-16', '2025-06-19', 3, calendar)).toBe(true);
    expect(isInReminderWindow('2025-06-19', '2025-06-19', 3, calendar)).toBe(true);
    expect(isInReminderWindow('2025-06-20', '2025-06-19', 3, calendar)).toBe(false);
  });

  it('counts periods back across a year', () => {
    expect(previousPeriod('2025-01')).toBe('2024-12');
    expect(previousPeriod('2025-10')).toBe('2025-09');
  });
});
