import { describe, expect, it } from 'vitest';
import { TASK_STATUSES } from './task-status.js';
import {
  canChangeStatusManually,
  CLOSURE_REQUESTABLE_STATUSES,
  MANUAL_STATUS_TRANSITIONS,
} from './task-status-transitions.js';

describe('manual status transitions', () => {
  it('never enter 已完成（待销号） or 已销号: only the closure workflow does', () => {
    for (const from of TASK_STATUSES) {
      expect(canChangeStatusManually(from, 'done_pending_closure')).toBe(false);
      expect(canChangeStatusManually(from, 'closed')).toBe(false);
    }
  });

  it('never leave 已完成（待销号）, which would strand the pending closure request', () => {
    expect(MANUAL_STATUS_TRANSITIONS.done_pending_closure).toEqual([]);
  });

  it('reopen a closed task only into 推进中', () => {
    expect(MANUAL_STATUS_TRANSITIONS.closed).toEqual(['in_progress']);
  });

  it('move freely between 未开始, 推进中 and 暂缓, never to the same status', () => {
    const open = ['not_started', 'in_progress', 'suspended'] as const;
    for (const from of open) {
      for (const to of open) expect(canChangeStatusManually(from, to)).toBe(from !== to);
    }
  });

  it('let a lead department report work done only while it is open', () => {
    expect([...CLOSURE_REQUESTABLE_STATUSES].sort()).toEqual(['in_progress', 'not_started']);
  });
});
