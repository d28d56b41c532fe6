import type { Role } from '../domain/roles.js';

/** The signed-in user, as the API knows it for the current request and as GET /api/auth/me returns. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  /** Set for department users only. */
  departmentId: number | null;
  /** An initial or reset password must be changed before anything else is allowed. */
  mustChangePassword: boolean;
}

/** POST /api/auth/login. */
export interface LoginRequest {
  username: string;
  password: string;
}

/**
 * POST /api/auth/login and GET /api/auth/me. The session itself travels in an httpOnly cookie;
 * the client sends `csrfToken` back in the X-CSRF-Token header on every POST/PUT/PATCH/DELETE.
 */
export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

/** Header that carries SessionResponse.csrfToken on writes. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** POST /api/auth/password: ends the user's other sessions; clears a forced change. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
