import type { SessionUser } from '@bizenv/shared';

/**
 * Where a user starts: departments on their tasks, the office on its inbox, leaders on their
 * dashboard, city viewers on the comparison of their counties.
 */
export function landingPath(user: Pick<SessionUser, 'role' | 'jurisdictionCode'>): string {
  switch (user.role) {
    case 'department':
      return '/workspace';
    case 'office':
      return '/office/reports';
    case 'leader':
      return `/j/${user.jurisdictionCode}/dashboard`;
    case 'city_viewer':
      return `/j/${user.jurisdictionCode}/rollup`;
    case 'system_admin':
    case 'security_admin':
    case 'audit_admin':
      return '/overview';
  }
}

/**
 * The page to return to after signing in: only a path of this app (never another site), and never
 * the login page itself.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return null;
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/change-password')) {
    return null;
  }
  return next;
}

export function loginPath(next: string): string {
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
