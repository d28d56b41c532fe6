import { describe, expect, it } from 'vitest';
import { responseState } from './response-state';

const issued = { status: 'issued' as const, responseDue: '2026-05-10', answeredAt: null };

describe('responseState', () => {
  it('flags an unanswered notice after its due day, not on it', () => {
    expect(responseState(issued, '2026-05-09')).toBe('none');
    expect(responseState(issued, '2026-05-10')).toBe('due_today');
    expect(responseState(issued, '2026-05-11')).toBe('overdue');
  });

  it('judges an answer by its China date', () => {
    // 2026-05-10 23:30 in Beijing is still the due day.
    const onTime = {
      status: 'answered' as const,
      responseDue: '2026-05-10',
      answeredAt: '2026-05-10T15:30:00Z',
    };
    const late = { ...onTime, answeredAt: '2026-05-10T16:30:00Z' };
    expect(responseState(onTime, '2026-06-01')).toBe('none');
    expect(responseState(late, '2026-06-01')).toBe('late');
    expect(responseState({ ...late, status: 'closed' as const }, '2026-06-01')).toBe('late');
  });

  it('never flags a draft', () => {
    expect(responseState({ ...issued, status: 'draft' }, '2027-01-01')).toBe('none');
  });
});
