import type { UserResponse } from '@bizenv/shared';

export type UserState = 'disabled' | 'locked' | 'must_change_password' | 'active';

export const USER_STATE_LABELS: Record<UserState, string> = {
  disabled: '已停用',
  locked: '已锁定',
  must_change_password: '待修改初始密码',
  active: '正常',
};

export const USER_STATE_COLORS: Record<UserState, string> = {
  disabled: 'default',
  locked: 'orange',
  must_change_password: 'gold',
  active: 'green',
};

/** The one state that matters most for the office: stopped, then locked, then waiting for a change. */
export function userState(
  user: Pick<UserResponse, 'disabledAt' | 'lockedUntil' | 'mustChangePassword'>,
  now: Date = new Date(),
): UserState {
  if (user.disabledAt) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) return 'locked';
  if (user.mustChangePassword) return 'must_change_password';
  return 'active';
}
