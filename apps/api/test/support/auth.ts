import type { SessionResponse, SessionUser } from '@bizenv/shared';
import { DEMO_PASSWORD } from '../../src/users/demo-accounts.js';
import { beforeAll } from 'vitest';
import type { HttpResult, RunningApp } from './test-app.js';

export { DEMO_PASSWORD };

/** A signed-in browser: every request carries the session cookie, every write the CSRF header. */
export interface SignedInClient {
  user: SessionUser;
  /** `bizenv_session=<token>`, as the Cookie header sends it. */
  cookie: string;
  csrfToken: string;
  get<T = unknown>(pathname: string): Promise<HttpResult<T>>;
  post<T = unknown>(pathname: string, body?: unknown): Promise<HttpResult<T>>;
  put<T = unknown>(pathname: string, body?: unknown): Promise<HttpResult<T>>;
  patch<T = unknown>(pathname: string, body?: unknown): Promise<HttpResult<T>>;
  del<T = unknown>(pathname: string, body?: unknown): Promise<HttpResult<T>>;
}

/** Sends one request; `body` is sent as JSON when given. Parses JSON answers. */
export async function request<T>(
  baseUrl: string,
  method: string,
  pathname: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(baseUrl + pathname, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson ? JSON.parse(text) : text) as T,
  };
}

/** POST /api/auth/login; throws unless it succeeds (for the tests of failures, use `request`). */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<SignedInClient> {
  const result = await request<SessionResponse>(baseUrl, 'POST', '/api/auth/login', {
    body: { username, password },
  });
  if (result.status !== 200) {
    throw new Error(
      `signIn(${username}) answered ${result.status}: ${JSON.stringify(result.body)}`,
    );
  }
  const setCookie = result.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0]!;
  return clientFor(baseUrl, cookie, result.body);
}

/** A client for an existing session (e.g. a second browser of the same user). */
export function clientFor(
  baseUrl: string,
  cookie: string,
  session: SessionResponse,
): SignedInClient {
  const send =
    (method: string) =>
    <T>(pathname: string, body?: unknown): Promise<HttpResult<T>> =>
      request<T>(baseUrl, method, pathname, {
        body,
        headers: {
          cookie,
          ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }),
        },
      });
  return {
    user: session.user,
    cookie,
    csrfToken: session.csrfToken,
    get: send('GET'),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    del: send('DELETE'),
  };
}

/**
 * Signs in once before the file's tests (after useRunningApp started the app) and returns a
 * client usable inside tests. `shaanxi.office` (the province's office) reads every jurisdiction.
 */
export function useSignedIn(
  context: { readonly api: RunningApp },
  username: string,
): SignedInClient {
  let client: SignedInClient | undefined;
  beforeAll(async () => {
    client = await signIn(context.api.baseUrl, username);
  });
  const current = (): SignedInClient => {
    if (!client)
      throw new Error(`useSignedIn(${username}): not signed in yet (use it inside tests)`);
    return client;
  };
  return {
    get user() {
      return current().user;
    },
    get cookie() {
      return current().cookie;
    },
    get csrfToken() {
      return current().csrfToken;
    },
    get: (pathname) => current().get(pathname),
    post: (pathname, body) => current().post(pathname, body),
    put: (pathname, body) => current().put(pathname, body),
    patch: (pathname, body) => current().patch(pathname, body),
    del: (pathname, body) => current().del(pathname, body),
  };
}
