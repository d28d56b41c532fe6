import { CSRF_HEADER, type ApiErrorBody, type ErrorCode } from '@bizenv/shared';

/** Codes the client itself produces, besides the API's own error codes. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE' | 'HTTP_ERROR';

const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK_ERROR: '无法连接服务器，请检查网络后重试',
  INVALID_RESPONSE: '服务器返回的数据无法识别，请稍后重试',
  HTTP_ERROR: '请求失败，请稍后重试',
};

/** An error users can read: `message` is the Chinese text from the API (or the client's own). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    readonly details: ApiErrorBody['details'] = undefined,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** JSON text of a response (empty for 204) → value; throws on anything that is not JSON. */
export function parseJson(text: string): unknown {
  return text ? (JSON.parse(text) as unknown) : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  return parseJson(await response.text());
}

/** The message shown for an error of unknown shape (render errors, bugs). */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return '页面出现错误，请刷新后重试';
}

/** Codes of a 401 that mean "sign in (again)", as opposed to e.g. a wrong password at login. */
const SIGN_IN_CODES: ReadonlySet<ErrorCode | ClientErrorCode> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
]);

let csrfToken: string | null = null;
let onSignInRequired: ((error: ApiError) => void) | null = null;

/** Remembers the CSRF token of the session (from login or GET /auth/me); null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app decides where a user without a valid session goes (the login page). */
export function setSignInRequiredHandler(handler: ((error: ApiError) => void) | null): void {
  onSignInRequired = handler;
}

/** True for the error of a request refused because the user is not (or no longer) signed in. */
export function isSignInRequired(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 401 && SIGN_IN_CODES.has(error.code);
}

/** Headers of a request: JSON in and out, and the CSRF token on anything but a read. */
export function requestHeaders(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (json) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  return headers;
}

/**
 * Turns a status and parsed body (or a parse failure) into the result or an `ApiError`, and tells
 * the app when the session is gone. Shared by fetch requests and XMLHttpRequest uploads.
 */
export function settle<T>(status: number, parsed: { ok: true; body: unknown } | { ok: false }): T {
  const ok = status >= 200 && status < 300;
  let error: ApiError | null = null;
  if (!parsed.ok) {
    error = ok
      ? new ApiError('INVALID_RESPONSE', CLIENT_MESSAGES.INVALID_RESPONSE, status)
      : new ApiError('HTTP_ERROR', `${CLIENT_MESSAGES.HTTP_ERROR}（${status}）`, status);
  } else if (!ok) {
    error = isErrorBody(parsed.body)
      ? new ApiError(parsed.body.code, parsed.body.message, status, parsed.body.details)
      : new ApiError('HTTP_ERROR', `${CLIENT_MESSAGES.HTTP_ERROR}（${status}）`, status);
  }
  if (error) {
    if (isSignInRequired(error)) onSignInRequired?.(error);
    throw error;
  }
  return (parsed as { body: unknown }).body as T;
}

/** The error of a request that never got an answer. */
export function networkError(): ApiError {
  return new ApiError('NETWORK_ERROR', CLIENT_MESSAGES.NETWORK_ERROR, 0);
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: requestHeaders(method, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
      // Same origin: the session cookie goes along; said explicitly so no default can drop it.
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  let parsed: { ok: true; body: unknown } | { ok: false };
  try {
    parsed = { ok: true, body: await readJson(response) };
  } catch {
    parsed = { ok: false };
  }
  return settle<T>(response.status, parsed);
}

/**
 * GET a JSON resource of the API. Paths are relative to `/api` ("/plans/3").
 * Throws `ApiError` with the API's code and Chinese message, or a client code when the
 * network fails or the body is not JSON.
 */
export function apiGet<T>(path: string, init?: { signal?: AbortSignal }): Promise<T> {
  return request<T>('GET', path, undefined, init?.signal);
}

/** POST/PUT/PATCH/DELETE with an optional JSON body; the CSRF token goes along. */
export function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return request<T>(method, path, body, undefined);
}
