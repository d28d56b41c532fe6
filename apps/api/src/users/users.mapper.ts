import type { SessionUser, UserResponse } from '@bizenv/shared';
import type { UserEntity } from './user.entity.js';

export function toSessionUser(user: UserEntity): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    jurisdictionCode: user.jurisdictionCode,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
  };
}

export function toUserResponse(
  user: UserEntity,
  departmentName: string | null,
  now: Date,
  phoneMasked: string | null,
): UserResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    jurisdictionCode: user.jurisdictionCode,
    departmentId: user.departmentId,
    departmentName,
    mustChangePassword: user.mustChangePassword,
    // A lock that has run out is no lock: the list should not show it.
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    phoneMasked,
    version: user.version,
  };
}
