import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiGet,
  apiSend,
  isSignInRequired,
  setCsrfToken,
  setSignInRequiredHandler,
} from './api-client';

function respond(status: number, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiGet', () => {
  it('prefixes /api and returns the JSON body', async () => {
    respond(200, '[{"code":"610329"}]');
    await expect(apiGet('/jurisdictions')).resolves.toEqual([{ code: '610329' }]);
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/api/jurisdictions');
  });

  it('throws the API code and Chinese message of an error body', async () => {
    respond(404, JSON.stringify({ code: 'PLAN_NOT_FOUND', message: '未找到该方案' }));
    const error = await apiGet('/plans/9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'PLAN_NOT_FOUND', message: '未找到该方案', status: 404 });
    expect((error as ApiError).isNotFound).toBe(true);
  });

  it('explains an error without a JSON body by its status', async () => {
    respond(502, '<html>Bad Gateway</html>');
    await expect(apiGet('/plans/1')).rejects.toMatchObject({ code: 'HTTP_ERROR', status: 502 });
  });

  it('reports an unreachable server in Chinese', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiGet('/plans/1')).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: '无法连接服务器，请检查网络后重试',
      status: 0,
    });
  });

  it('rejects a success response that is not JSON', async () => {
    respond(200, '<!doctype html>');
    await expect(apiGet('/plans/1')).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});

describe('session handling', () => {
  afterEach(() => {
    setCsrfToken(null);
    setSignInRequiredHandler(null);
  });

  it('sends the CSRF token on writes but not on reads', async () => {
    setCsrfToken('tok-1');
    respond(200, '{}');
    await apiGet('/plans/1');
    await apiSend('POST', '/reports', { a: 1 });
    const [getCall, postCall] = vi.mocked(fetch).mock.calls;
    expect(new Headers(getCall?.[1]?.headers).get('X-CSRF-Token')).toBeNull();
    const postInit = postCall?.[1];
    expect(postInit?.method).toBe('POST');
    expect(new Headers(postInit?.headers).get('X-CSRF-Token')).toBe('tok-1');
    expect(new Headers(postInit?.headers).get('Content-Type')).toBe('application/json');
    expect(postInit?.body).toBe('{"a":1}');
  });

  it('tells the app when the session has expired, and only then', async () => {
    const handler = vi.fn();
    setSignInRequiredHandler(handler);
    respond(401, JSON.stringify({ code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' }));
    const error = await apiGet('/me').catch((e: unknown) => e);
    expect(isSignInRequired(error)).toBe(true);
    expect(handler).toHaveBeenCalledWith(error);

    handler.mockClear();
    respond(401, JSON.stringify({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' }));
    await expect(apiSend('POST', '/auth/login', {})).rejects.toMatchObject({
      message: '用户名或密码错误',
    });
    expect(handler).not.toHaveBeenCalled();
  });
});
