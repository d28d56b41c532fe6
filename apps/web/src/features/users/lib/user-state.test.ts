import { describe, expect, it } from 'vitest';
import { userState } from './user-state';

const base = { disabledAt: null, lockedUntil: null, mustChangePassword: false };
const now = new Date('2026-05-10T08:00:00Z');

describe('userState', () => {
  it('puts a disabled account before anything else', () => {
    expect(
      userState({ ...base, disabledAt: '2026-05-01T00:00:00Z', mustChangePassword: true }, now),
    ).toBe('disabled');
  });

  it('counts a lockout only until it ends', () => {
    expect(userState({ ...base, lockedUntil: '2026-05-10T08:10:00Z' }, now)).toBe('locked');
    expect(userState({ ...base, lockedUntil: '2026-05-10T07:50:00Z' }, now)).toBe('active');
  });

  it('flags a password still to be changed', () => {
    expect(userState({ ...base, mustChangePassword: true }, now)).toBe('must_change_password');
  });
});
