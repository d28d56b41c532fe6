import type { ApiErrorBody, ErrorCode } from '@bizenv/shared';

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

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** The message shown for an error of unknown shape (render errors, bugs). */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return '页面出现错误，请刷新后重试';
}

/**
 * GET a JSON resource of the API. Paths are relative to `/api` ("/plans/3").
 * Throws `ApiError` with the API's code and Chinese message, or a client code when the
 * network fails or the body is not JSON.
 */
export async function apiGet<T>(path: string, init?: { signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      headers: { Accept: 'application/json' },
      signal: init?.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK_ERROR', CLIENT_MESSAGES.NETWORK_ERROR, 0);
  }

  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    if (!response.ok) {
      throw new ApiError(
        'HTTP_ERROR',
        `${CLIENT_MESSAGES.HTTP_ERROR}（${response.status}）`,
        response.status,
      );
    }
    throw new ApiError('INVALID_RESPONSE', CLIENT_MESSAGES.INVALID_RESPONSE, response.status);
  }

  if (!response.ok) {
    if (isErrorBody(body)) {
      throw new ApiError(body.code, body.message, response.status, body.details);
    }
    throw new ApiError(
      'HTTP_ERROR',
      `${CLIENT_MESSAGES.HTTP_ERROR}（${response.status}）`,
      response.status,
    );
  }
  return body as T;
}
