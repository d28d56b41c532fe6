import type { RequestListQuery, SessionUser } from '@bizenv/shared';
import type { RequestFilter } from './request-query.repository.js';

/** Most requests an inbox list returns (newest first). */
export const INBOX_LIMIT = 200;

/**
 * What GET /closure-requests and GET /change-requests list: requests on tasks of the user's own
 * jurisdiction (where its office decides them; a city office's inbox does not hold its
 * counties'), and for a department user only its own department's requests.
 */
export function inboxFilter(user: SessionUser, query: RequestListQuery): RequestFilter {
  const filter: RequestFilter = { jurisdictionCode: user.jurisdictionCode, status: query.status };
  if (user.role === 'department') filter.departmentId = user.departmentId ?? -1;
  return filter;
}
