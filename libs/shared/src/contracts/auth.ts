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
