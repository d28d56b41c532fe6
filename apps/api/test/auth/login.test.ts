import { createHash } from 'node:crypto';
import type { ApiErrorBody, SessionResponse } from '@bizenv/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, request, signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { clockOf, MINUTE, sessionTokenOf, sql } from './helpers.js';

const login = (baseUrl: string, username: string, password: string) =>
  request<SessionResponse & ApiErrorBody>(baseUrl, 'POST', '/api/auth/login', {
    body: { username, password },
  });

describe('login and logout', () => {
  const context = useRunningApp();
  afterEach(() => clockOf(context.api.app).reset());

  it('signs in, answers me with the user and CSRF token, and signs out', async () => {
    const { baseUrl } = context.api;
    const client = await signIn(baseUrl, 'linyou.office');

    expect(client.user).toMatchObject({
      username: 'linyou.office',
      displayName: '麟游县营商办',
      role: 'office',
      jurisdictionCode: '610329',
      departmentId: null,
      mustChangePassword: false,
    });
    expect(client.csrfToken).toMatch(/^[\w-]{43}$/);
    const me = await client.get<SessionResponse>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: client.user, csrfToken: client.csrfToken });

    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^bizenv_session=;/);
    const after = await client.get<ApiErrorBody>('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 请先登录 without a session', async () => {
    const me = await request<ApiErrorBody>(context.api.baseUrl, 'GET', '/api/auth/me');

    expect(me.status).toBe(401);
    expect(me.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('ignores the case of the username', async () => {
    const client = await signIn(context.api.baseUrl, 'LinYou.Office');

    expect(client.user.username).toBe('linyou.office');
  });

  it('sets an httpOnly, SameSite=Strict, Path=/ cookie, not Secure in demo mode', async () => {
    const result = await login(context.api.baseUrl, 'linyou.office', DEMO_PASSWORD);
    const cookie = result.headers.get('set-cookie')!;

    expect(cookie).toMatch(/^bizenv_session=[\w-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    // The body never carries the session token itself.
    expect(JSON.stringify(result.body)).not.toContain(sessionTokenOf(cookie)!);
  });

  it('stores only the SHA-256 of the token, and opens a new session at every login', async () => {
    const { app, baseUrl } = context.api;
    const first = await signIn(baseUrl, 'linyou.leader');
    // Signing in again from the same browser replaces its session.
    const again = await request<SessionResponse>(baseUrl, 'POST', '/api/auth/login', {
      body: { username: 'linyou.leader', password: DEMO_PASSWORD },
      headers: { cookie: first.cookie },
    });
    const firstToken = sessionTokenOf(first.cookie)!;
    const secondToken = sessionTokenOf(again.headers.get('set-cookie'))!;

    expect(secondToken).not.toBe(firstToken);
    expect(again.body.csrfToken).not.toBe(first.csrfToken);
    const ids = (await sql<{ id: string }>(app, 'SELECT id FROM user_session')).map(
      (row) => row.id,
    );
    const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
    expect(ids).toContain(sha256(secondToken));
    expect(ids).not.toContain(sha256(firstToken));
    expect(ids).not.toContain(secondToken);
    expect((await first.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a login that is not JSON (no cross-site form can sign anyone in)', async () => {
    const fields = { username: 'linyou.office', password: DEMO_PASSWORD };
    const post = (contentType: string, body: string) =>
      fetch(`${context.api.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });

    const form = await post(
      'application/x-www-form-urlencoded',
      new URLSearchParams(fields).toString(),
    );
    const text = await post('text/plain', JSON.stringify(fields));

    expect(form.status).toBe(415);
    expect(((await form.json()) as ApiErrorBody).code).toBe('LOGIN_REQUIRES_JSON');
    expect(text.status).toBe(400);
    for (const response of [form, text]) expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('validates the login body', async () => {
    const result = await request<ApiErrorBody>(context.api.baseUrl, 'POST', '/api/auth/login', {
      body: { username: 'linyou.office', password: DEMO_PASSWORD, remember: true },
    });

    expect(result.status).toBe(400);
    expect(result.body.code).toBe('VALIDATION_FAILED');
  });

  it('records sign-ins and failures in the audit log, never the password', async () => {
    const { app, baseUrl } = context.api;
    await login(baseUrl, 'nobody.here', 'Secret-Guess-123');
    await signIn(baseUrl, 'meixian.office');

    const rows = await sql<Record<string, unknown>>(
      app,
      "SELECT * FROM audit_log WHERE action = 'auth.login' AND actor_username IN ('nobody.here', 'meixian.office') ORDER BY id",
    );
    expect(rows.map((row) => [row.actor_username, row.outcome])).toEqual([
      ['nobody.here', 'failure'],
      ['meixian.office', 'success'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('Secret-Guess-123');
    expect(JSON.stringify(rows)).not.toContain(DEMO_PASSWORD);
  });
});

describe('failed logins', () => {
  const context = useRunningApp();
  afterEach(() => clockOf(context.api.app).reset());

  /** Creates a user through the office and returns its id. */
  async function createUser(username: string): Promise<number> {
    const office = await signIn(context.api.baseUrl, 'yijun.office');
    const created = await office.post<{ id: number }>('/api/users', {
      username,
      displayName: username,
      role: 'leader',
      departmentId: null,
      initialPassword: DEMO_PASSWORD,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it('answer exactly alike for an unknown user, a wrong password, a locked and a disabled account', async () => {
    const { baseUrl } = context.api;
    const disabledId = await createUser('yijun.disabled');
    const office = await signIn(baseUrl, 'yijun.office');
    expect((await office.post(`/api/users/${disabledId}/disable`)).status).toBe(200);
    await createUser('yijun.locked');
    for (let i = 0; i < 5; i++) await login(baseUrl, 'yijun.locked', 'Wrong-Password-1');

    const answers = await Promise.all([
      login(baseUrl, 'no.such.user', DEMO_PASSWORD),
      login(baseUrl, 'yijun.office', 'Wrong-Password-1'),
      login(baseUrl, 'yijun.locked', DEMO_PASSWORD), // the right password, but locked
      login(baseUrl, 'yijun.disabled', DEMO_PASSWORD), // the right password, but disabled
    ]);

    for (const answer of answers) {
      expect(answer.status).toBe(401);
      const { requestId, ...body } = answer.body;
      expect(requestId).toEqual(expect.any(String));
      expect(body).toEqual({
        code: 'LOGIN_FAILED',
        message: '用户名或密码错误（连续失败5次将锁定15分钟）',
      });
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect([...answer.headers.keys()].sort()).toEqual([...answers[0]!.headers.keys()].sort());
    }
  });

  it('take about as long for an unknown user as for a wrong password (argon2 runs either way)', async () => {
    const { baseUrl } = context.api;
    const time = async (username: string) => {
      const started = performance.now();
      await login(baseUrl, username, 'Wrong-Password-2');
      return performance.now() - started;
    };
    const fastest = async (username: string) => {
      const times = [];
      for (let i = 0; i < 4; i++) times.push(await time(username));
      return Math.min(...times);
    };
    await createUser('yijun.timing');

    const unknown = await fastest('no.such.person');
    const known = await fastest('yijun.timing');

    // argon2id dominates both; a lookup that skipped it would answer in a few milliseconds.
    expect(unknown).toBeGreaterThan(known * 0.4);
  });

  it('lock the account after 5 consecutive failures for 15 minutes', async () => {
    const { app, baseUrl } = context.api;
    const clock = clockOf(app);
    clock.set(new Date('2026-03-02T01:00:00Z'));
    await createUser('yijun.lockme');
    for (let i = 0; i < 4; i++)
      expect((await login(baseUrl, 'yijun.lockme', 'Wrong-Pass-99')).status).toBe(401);
    // A success resets the count…
    expect((await login(baseUrl, 'yijun.lockme', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(baseUrl, 'yijun.lockme', 'Wrong-Pass-99');
    expect((await login(baseUrl, 'yijun.lockme', DEMO_PASSWORD)).status).toBe(200);
    // …so only 5 in a row lock.
    for (let i = 0; i < 5; i++) await login(baseUrl, 'yijun.lockme', 'Wrong-Pass-99');
    expect((await login(baseUrl, 'yijun.lockme', DEMO_PASSWORD)).status).toBe(401);

    clock.advance(15 * MINUTE - 1000);
    expect((await login(baseUrl, 'yijun.lockme', DEMO_PASSWORD)).status).toBe(401);
    clock.advance(1000);
    expect((await login(baseUrl, 'yijun.lockme', DEMO_PASSWORD)).status).toBe(200);
  });

  it('count concurrent failures each', async () => {
    const { baseUrl } = context.api;
    await createUser('yijun.burst');

    await Promise.all(
      Array.from({ length: 5 }, () => login(baseUrl, 'yijun.burst', 'Wrong-Pass-77')),
    );

    expect((await login(baseUrl, 'yijun.burst', DEMO_PASSWORD)).status).toBe(401);
  });
});
