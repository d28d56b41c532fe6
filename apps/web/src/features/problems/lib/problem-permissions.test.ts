import type { ProblemResponse, SessionUser } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { canCreateProblem, problemActions } from './problem-permissions';

const user = (role: SessionUser['role'], departmentId: number | null = null): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  jurisdictionCode: '610329',
  departmentId,
  mustChangePassword: false,
});

const problem = (
  status: ProblemResponse['status'],
  jurisdictionCode = '610329',
): ProblemResponse => ({
  id: 1,
  jurisdictionCode,
  task: { id: 3, code: '1', title: '任务' },
  indicator: null,
  source: 'supervision',
  description: '审批超时',
  measure: null,
  ownerDepartment: { id: 7, name: '县行政审批服务局', kind: 'government' },
  deadline: '2026-06-30',
  status,
  rectifiedAt: null,
  closedAt: null,
  closedByUserId: null,
  createdByUserId: 1,
  createdAt: '2026-05-01T00:00:00Z',
  updatedAt: '2026-05-01T00:00:00Z',
  version: 1,
});

describe('problemActions', () => {
  it('lets the office edit, and close or send back once rectified', () => {
    expect(problemActions(user('office'), problem('rectifying'))).toEqual(['edit']);
    expect(problemActions(user('office'), problem('rectified'))).toEqual([
      'edit',
      'reopen',
      'close',
    ]);
    expect(problemActions(user('office'), problem('closed'))).toEqual([]);
  });

  it('lets only the owner department rectify', () => {
    expect(problemActions(user('department', 7), problem('rectifying'))).toEqual(['rectify']);
    expect(problemActions(user('department', 8), problem('rectifying'))).toEqual([]);
  });

  it('gives nothing outside the jurisdiction or to readers', () => {
    expect(problemActions(user('office'), problem('rectified', '610300'))).toEqual([]);
    expect(problemActions(user('leader'), problem('rectified'))).toEqual([]);
    expect(canCreateProblem(user('leader'))).toBe(false);
    expect(canCreateProblem(user('department', 7))).toBe(true);
  });
});
