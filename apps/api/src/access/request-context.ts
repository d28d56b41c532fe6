import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '@bizenv/shared';

/** Who is asking and from where, for the request being handled. */
export interface RequestInfo {
  /** The id every response carries in x-request-id; null outside an HTTP request (CLI, start-up). */
  requestId: string | null;
  ip: string | null;
  /** The signed-in user; null when nobody is signed in (or outside a request). */
  user: SessionUser | null;
}

const storage = new AsyncLocalStorage<RequestInfo>();

const OUTSIDE_REQUEST: RequestInfo = Object.freeze({ requestId: null, ip: null, user: null });

/**
 * The current request's context (AsyncLocalStorage, entered by RequestContextInterceptor around
 * every route handler). Outside a request — start-up seeding, the create-admin command — it is a
 * context with no request id, IP or user.
 */
export function currentRequest(): RequestInfo {
  return storage.getStore() ?? OUTSIDE_REQUEST;
}

/** Runs `work` with `info` as the current request context. */
export function runInRequestContext<T>(info: RequestInfo, work: () => T): T {
  return storage.run(info, work);
}

/**
 * Login and the create-admin command act as a user who was not signed in when the request
 * started: set it so audit entries written afterwards name that user.
 */
export function setCurrentUser(user: SessionUser | null): void {
  const store = storage.getStore();
  if (store) store.user = user;
}
