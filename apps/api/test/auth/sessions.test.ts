import type { ApiErrorBody, SessionResponse } from '@bizenv/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, request, signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { clockOf, MINUTE, sql } from './helpers.js';

const HOUR = 60 * MINUTE;

describe('sessions', () => {
  const context = useRunningApp();
  afterEach(() => clockOf(context.api.app).reset());

  it('end after 30 idle minutes with 401 SESSION_EXPIRED', async () => {
    const { app, baseUrl } = context.api;
    const clock = clockOf(app);
    clock.set(new Date('2026-03-02T01:00:00Z'));
    const client = await signIn(baseUrl, 'linyou.leader');

    clock.advance(29 * MINUTE);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    // Activity keeps it alive: 29 more minutes from the last request.
    clock.advance(29 * MINUTE);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    clock.advance(30 * MINUTE);
    const expired = await client.get<ApiErrorBody>('/api/auth/me');

    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({
      code: 'SESSION_EXPIRED',
      message: '登录已超时，请重新登录',
    });
    expect(expired.headers.get('set-cookie')).toMatch(/^bizenv_session=;/);
    // The session is gone, not merely refused.
    expect((await client.get<ApiErrorBody>('/api/auth/me')).body.code).toBe('UNAUTHENTICATED');
  });

  it('end 12 hours after sign-in however active', async () => {
    const { app, baseUrl } = context.api;
    const clock = clockOf(app);
    clock.set(new Date('2026-03-02T01:00:00Z'));
    const client = await signIn(baseUrl, 'linyou.leader');

    for (let elapsed = 0; elapsed < 12 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
      clock.advance(20 * MINUTE);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    }
    clock.advance(20 * MINUTE);
    const expired = await client.get<ApiErrorBody>('/api/auth/me');

    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('SESSION_EXPIRED');
  });

  it('write last_seen_at at most once a minute', async () => {
    const { app, baseUrl } = context.api;
    const clock = clockOf(app);
    clock.set(new Date('2026-03-02T01:00:00Z'));
    const client = await signIn(baseUrl, 'meixian.office');
    const lastSeen = async () =>
      (
        await sql<{ last_seen_at: string }>(
          app,
          'SELECT s.last_seen_at FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = ?',
          ['meixian.office'],
        )
      )[0]!.last_seen_at;

    clock.advance(30_000);
    await client.get('/api/auth/me');
    expect(await lastSeen()).toBe('2026-03-02T01:00:00.000Z');
    clock.advance(30_000);
    await client.get('/api/auth/me');
    expect(await lastSeen()).toBe('2026-03-02T01:01:00.000Z');
  });
});

describe('CSRF', () => {
  const context = useRunningApp();

  it('refuses a write without X-CSRF-Token, or with a wrong one, and writes nothing', async () => {
    const { app, baseUrl } = context.api;
    const office = await signIn(baseUrl, 'linyou.office');
    const newUser = {
      username: 'linyou.csrf',
      displayName: '不应创建',
      role: 'leader',
      departmentId: null,
      initialPassword: DEMO_PASSWORD,
    };

    const missing = await request<ApiErrorBody>(baseUrl, 'POST', '/api/users', {
      body: newUser,
      headers: { cookie: office.cookie },
    });
    const wrong = await request<ApiErrorBody>(baseUrl, 'POST', '/api/users', {
      body: newUser,
      headers: { cookie: office.cookie, 'x-csrf-token': `${office.csrfToken.slice(0, -1)}x` },
    });
    const otherSessions = await signIn(baseUrl, 'linyou.office');
    const foreign = await request<ApiErrorBody>(baseUrl, 'POST', '/api/users', {
      body: newUser,
      headers: { cookie: office.cookie, 'x-csrf-token': otherSessions.csrfToken },
    });

    for (const answer of [missing, wrong, foreign]) {
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('CSRF_TOKEN_INVALID');
    }
    expect(await sql(app, 'SELECT id FROM app_user WHERE username = ?', ['linyou.csrf'])).toEqual(
      [],
    );
    // The password change and logout are writes too.
    const change = await request<ApiErrorBody>(baseUrl, 'POST', '/api/auth/password', {
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'Another@Pass2026' },
      headers: { cookie: office.cookie },
    });
    expect(change.status).toBe(403);
    const logout = await request(baseUrl, 'POST', '/api/auth/logout', {
      headers: { cookie: office.cookie },
    });
    expect(logout.status).toBe(403);
    expect((await office.get('/api/auth/me')).status).toBe(200);
    expect((await signIn(baseUrl, 'linyou.office', DEMO_PASSWORD)).user.username).toBe(
      'linyou.office',
    );
  });

  it('lets reads through without the header', async () => {
    const office = await signIn(context.api.baseUrl, 'linyou.office');

    const read = await request(context.api.baseUrl, 'GET', '/api/users', {
      headers: { cookie: office.cookie },
    });

    expect(read.status).toBe(200);
  });
});

describe('passwords', () => {
  const context = useRunningApp();

  async function createUser(username: string, role = 'leader'): Promise<number> {
    const office = await signIn(context.api.baseUrl, 'meixian.office');
    const created = await office.post<{ id: number }>('/api/users', {
      username,
      displayName: username,
      role,
      departmentId: null,
      initialPassword: 'Initial@Pass2026',
    });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it('a user with an initial password may only see me, change the password or sign out', async () => {
    const { baseUrl } = context.api;
    await createUser('meixian.newbie');
    const client = await signIn(baseUrl, 'meixian.newbie', 'Initial@Pass2026');

    expect(client.user.mustChangePassword).toBe(true);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    for (const path of ['/api/jurisdictions', '/api/jurisdictions/610326/plans']) {
      const refused = await client.get<ApiErrorBody>(path);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        code: 'PASSWORD_CHANGE_REQUIRED',
        message: '请先修改初始密码',
      });
    }

    const changed = await client.post<SessionResponse>('/api/auth/password', {
      currentPassword: 'Initial@Pass2026',
      newPassword: 'Changed@Pass2026',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await client.get('/api/jurisdictions')).status).toBe(200);
    expect(
      (await signIn(baseUrl, 'meixian.newbie', 'Changed@Pass2026')).user.mustChangePassword,
    ).toBe(false);
  });

  it('changing the password ends the other sessions, not this one', async () => {
    const { baseUrl } = context.api;
    await createUser('meixian.twice');
    const first = await signIn(baseUrl, 'meixian.twice', 'Initial@Pass2026');
    const second = await signIn(baseUrl, 'meixian.twice', 'Initial@Pass2026');

    const changed = await second.post('/api/auth/password', {
      currentPassword: 'Initial@Pass2026',
      newPassword: 'Twice@Changed2026',
    });

    expect(changed.status).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(200);
    expect(
      (
        await request(baseUrl, 'POST', '/api/auth/login', {
          body: { username: 'meixian.twice', password: 'Initial@Pass2026' },
        })
      ).status,
    ).toBe(401);
  });

  it.each([
    ['Short@1a', ['too_short']],
    ['alllowercaseletters', ['too_few_classes']],
    ['Meixian.Rules@2026', ['contains_username']],
  ])('refuses %s as a new password with the rules it breaks', async (newPassword, codes) => {
    const { baseUrl } = context.api;
    const username = 'meixian.rules';
    const existing = await request(baseUrl, 'POST', '/api/auth/login', {
      body: { username, password: 'Initial@Pass2026' },
    });
    if (existing.status === 401) await createUser(username);
    const client = await signIn(baseUrl, username, 'Initial@Pass2026');

    const refused = await client.post<ApiErrorBody>('/api/auth/password', {
      currentPassword: 'Initial@Pass2026',
      newPassword,
    });

    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('PASSWORD_TOO_WEAK');
    expect(refused.body.details?.map((detail) => [detail.field, detail.code])).toEqual(
      codes.map((code) => ['newPassword', code]),
    );
    expect((await signIn(baseUrl, username, 'Initial@Pass2026')).user.mustChangePassword).toBe(
      true,
    );
  });

  it('refuses a wrong current password and an unchanged one', async () => {
    const { baseUrl } = context.api;
    await createUser('meixian.current');
    const client = await signIn(baseUrl, 'meixian.current', 'Initial@Pass2026');

    const wrong = await client.post<ApiErrorBody>('/api/auth/password', {
      currentPassword: 'Not@ThePassword1',
      newPassword: 'Brand@NewPass2026',
    });
    const same = await client.post<ApiErrorBody>('/api/auth/password', {
      currentPassword: 'Initial@Pass2026',
      newPassword: 'Initial@Pass2026',
    });

    expect([wrong.status, wrong.body.code]).toEqual([400, 'CURRENT_PASSWORD_WRONG']);
    expect([same.status, same.body.code]).toEqual([400, 'PASSWORD_UNCHANGED']);
  });
});
