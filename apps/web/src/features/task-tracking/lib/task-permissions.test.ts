import type { SessionUser } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { taskPermissions, type TrackedTask } from './task-permissions';

const user = (
  role: SessionUser['role'],
  departmentId: number | null = null,
  jurisdictionCode = '610329',
): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  jurisdictionCode,
  departmentId,
  mustChangePassword: false,
});

const task = (overrides: Partial<TrackedTask> = {}): TrackedTask => ({
  jurisdictionCode: '610329',
  status: 'in_progress',
  leadDepartmentIds: [7],
  supportDepartmentIds: [8],
  ...overrides,
});

describe('taskPermissions', () => {
  it('lets the office change status and decide requests in its own jurisdiction only', () => {
    expect(taskPermissions(user('office'), task())).toMatchObject({
      changeStatus: true,
      decideRequests: true,
      requestClosure: false,
      writeInstruction: false,
    });
    // A city office reads its counties but does not act there.
    expect(taskPermissions(user('office', null, '610300'), task()).decideRequests).toBe(false);
    // Nothing to change by hand while a closure request is pending.
    expect(
      taskPermissions(user('office'), task({ status: 'done_pending_closure' })).changeStatus,
    ).toBe(false);
  });

  it('lets the lead department ask for closure and extension, a support department only adjust', () => {
    expect(taskPermissions(user('department', 7), task())).toMatchObject({
      requestClosure: true,
      requestExtension: true,
      requestAdjustment: true,
      ownDepartmentId: 7,
    });
    expect(taskPermissions(user('department', 8), task())).toMatchObject({
      requestClosure: false,
      requestExtension: false,
      requestAdjustment: true,
      ownDepartmentId: 8,
    });
    expect(taskPermissions(user('department', 9), task()).ownDepartmentId).toBeNull();
    expect(
      taskPermissions(user('department', 7), task({ status: 'done_pending_closure' }))
        .requestClosure,
    ).toBe(false);
  });

  it('lets leaders write instructions and gives viewers nothing', () => {
    expect(taskPermissions(user('leader'), task()).writeInstruction).toBe(true);
    expect(Object.values(taskPermissions(user('city_viewer', null, '610300'), task()))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      null,
    ]);
  });
});
