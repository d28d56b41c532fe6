import type { Role } from '../domain/roles.js';
import type { VersionedWrite } from './versioned.js';

/** A user as the office's user management sees it (GET /api/users). */
export interface UserResponse {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  departmentId: number | null;
  departmentName: string | null;
  mustChangePassword: boolean;
  /** ISO instant until which sign-in is refused after 5 failed attempts; null when not locked. */
  lockedUntil: string | null;
  /** ISO instant; null while the account is active. */
  disabledAt: string | null;
  lastLoginAt: string | null;
  /** Personal phone number masked as 138****5678 (stored SM4-encrypted); null when none. */
  phoneMasked: string | null;
  version: number;
}

/** Roles an office may give in its own jurisdiction (city_viewer only in a city). */
export const MANAGEABLE_ROLES = [
  'office',
  'leader',
  'department',
  'city_viewer',
] as const satisfies readonly Role[];
export type ManageableRole = (typeof MANAGEABLE_ROLES)[number];

/** Usernames: 3–32 of a–z, 0–9, ".", "_", "-" (stored lower-case; sign-in ignores case). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

/** POST /api/users: the user must change `initialPassword` at first sign-in. */
export interface CreateUserRequest {
  username: string;
  displayName: string;
  role: ManageableRole;
  /** Required for role "department" (a department of the office's jurisdiction), else null. */
  departmentId: number | null;
  initialPassword: string;
  /** Personal mobile number (PHONE_PATTERN), stored encrypted; omitted or null for none. */
  phone?: string | null;
}

/** PATCH /api/users/:id. */
export interface UpdateUserRequest extends VersionedWrite {
  displayName?: string;
  role?: ManageableRole;
  departmentId?: number | null;
  /** A new personal mobile number; null removes it; omitted keeps it. */
  phone?: string | null;
}

/** Mainland mobile numbers: 11 digits starting with 1. */
export const PHONE_PATTERN = /^1\d{10}$/;

/** 13812345678 → 138****5678: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** POST /api/users/:id/reset-password: the user must change it at next sign-in. */
export interface ResetPasswordRequest {
  newPassword: string;
}
