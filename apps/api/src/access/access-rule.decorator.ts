import { SetMetadata } from '@nestjs/common';
import type { Role } from '@bizenv/shared';

/** Metadata key under which every route declares who may call it. */
export const ACCESS_RULE = 'bizenv:access-rule';

/**
 * Who may call a route. The guard checks the rule; row-level rules (which jurisdiction, which
 * department's task) are checked by the feature's service through AccessPolicy.
 * - public: anyone, signed in or not;
 * - signed_in: any signed-in user whose password need not be changed first, optionally only
 *   some roles;
 * - password_change: signed-in users including those who must change their password first.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed_in'; roles: readonly Role[] | null }
  | { kind: 'password_change' };

/** Anyone may call the route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user; with roles, only those roles. */
export const SignedIn = (...roles: Role[]) =>
  SetMetadata(ACCESS_RULE, {
    kind: 'signed_in',
    roles: roles.length > 0 ? roles : null,
  } satisfies AccessRule);

/** Routes a user with a forced password change may still call (me, change password, logout). */
export const AllowDuringPasswordChange = () =>
  SetMetadata(ACCESS_RULE, { kind: 'password_change' } satisfies AccessRule);
