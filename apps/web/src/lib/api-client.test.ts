import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet } from './api-client';

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
