import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/common/http-security/security-headers.js';
import { REPO_ROOT } from '../../src/config/config.variables.js';
import { pdfBytes } from '../attachments/file-fixtures.js';
import { upload } from '../attachments/upload-client.js';
import { request, signIn, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

const LIMITS = { loginPerMinute: 3, uploadPerMinute: 2 };

describe(`HTTP hardening on ${TEST_DB}`, () => {
  const context = useRunningApp({ rateLimits: LIMITS });
  const office = useSignedIn(context, 'linyou.office');

  it('sends the security headers on every response: API, error, not found, OpenAPI', async () => {
    const responses = await Promise.all([
      office.get('/api/auth/me'),
      context.api.get('/api/auth/me'),
      context.api.get('/api/no-such-route'),
      context.api.get('/api/docs-json'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 401, 404, 200]);
    for (const { headers } of responses) {
      expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cache-control')).toBe('no-store');
      // Demo mode runs on plain http (COOKIE_SECURE=false): no HSTS.
      expect(headers.get('strict-transport-security')).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });

  it('the web app needs no inline script, so the CSP can forbid them', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'apps', 'web', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('refuses a JSON body over 256 KiB with 413, and still takes a larger upload', async () => {
    const big = await request<{ code: string }>(context.api.baseUrl, 'POST', '/api/auth/login', {
      body: { username: 'linyou.office', password: 'x'.repeat(300 * 1024) },
    });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');

    const uploader = await signIn(context.api.baseUrl, 'linyou.xzsp');
    const file = await upload(context.api.baseUrl, uploader, pdfBytes(600 * 1024), '证明.pdf');
    expect(file.status).toBe(201);
  });

  it('limits uploads per browser: 429 with a Chinese message past the limit', async () => {
    const uploader = await signIn(context.api.baseUrl, 'linyou.fgj');
    const statuses: number[] = [];
    let last: { body: unknown; headers: Headers } | undefined;
    for (let i = 0; i < 3; i++) {
      const response = await upload(context.api.baseUrl, uploader, pdfBytes(), `证明${i}.pdf`);
      statuses.push(response.status);
      last = response;
    }
    expect(statuses).toEqual([201, 201, 429]);
    expect(last!.body).toMatchObject({ code: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' });
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits sign-in attempts per IP and username, without touching other usernames', async () => {
    const attempt = (username: string) =>
      request<{ code: string; requestId: string }>(context.api.baseUrl, 'POST', '/api/auth/login', {
        body: { username, password: 'Wrong-Password-1' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt('Linyou.Leader')).status);
    const refused = await attempt('linyou.leader');

    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(refused.body.requestId).toBe(refused.headers.get('x-request-id'));
    expect((await attempt('linyou.fgj')).status).toBe(401);
  });

  it('answers an unexpected failure with a generic 500 naming only the request id', async () => {
    // A real failure, not a mock: the database goes away under the running app.
    await context.api.app.get(DataSource).destroy();
    const response = await office.get<Record<string, unknown>>('/api/audit');

    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      code: 'INTERNAL_ERROR',
      message: '服务器内部错误，请稍后重试',
      requestId: response.headers.get('x-request-id'),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    await context.api.app.get(DataSource).initialize();
  });
});
