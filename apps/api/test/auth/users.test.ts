import type { ApiErrorBody, UserResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, request, signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { sql } from './helpers.js';

const NEW_PASSWORD = 'Initial@Pass2026';

describe('user management', () => {
  const context = useRunningApp();

  async function departmentId(jurisdictionCode: string, name: string): Promise<number> {
    const [row] = await sql<{ id: number }>(
      context.api.app,
      'SELECT id FROM department WHERE jurisdiction_code = ? AND name = ?',
      [jurisdictionCode, name],
    );
    return Number(row!.id);
  }

  async function userId(username: string): Promise<number> {
    const [row] = await sql<{ id: number }>(
      context.api.app,
      'SELECT id FROM app_user WHERE username = ?',
      [username],
    );
    return Number(row!.id);
  }

  it("lists the users of the office's own jurisdiction only", async () => {
    const { baseUrl } = context.api;
    const linyou = await signIn(baseUrl, 'linyou.office');
    const baoji = await signIn(baseUrl, 'baoji.office');

    const linyouUsers = (await linyou.get<UserResponse[]>('/api/users')).body;
    const baojiUsers = (await baoji.get<UserResponse[]>('/api/users')).body;

    expect(linyouUsers.map((user) => user.username)).toEqual([
      'linyou.fgj',
      'linyou.leader',
      'linyou.office',
      'linyou.xzsp',
    ]);
    expect(linyouUsers.find((user) => user.username === 'linyou.xzsp')).toMatchObject({
      role: 'department',
      departmentName: '县行政审批服务局',
      jurisdictionCode: '610329',
      lockedUntil: null,
      disabledAt: null,
      version: 1,
    });
    expect(JSON.stringify(linyouUsers)).not.toMatch(/passwordHash|argon2/);
    // A city office manages its city's accounts, not the counties'.
    expect(baojiUsers.map((user) => user.username)).toEqual(['baoji.office', 'baoji.viewer']);
  });

  it.each([
    ['linyou.xzsp', 'department user'],
    ['linyou.leader', 'leader'],
    ['baoji.viewer', 'city viewer'],
    ['admin', 'system admin'],
  ])('refuses %s (%s) with 403', async (username) => {
    const client = await signIn(context.api.baseUrl, username);

    const list = await client.get<ApiErrorBody>('/api/users');
    const create = await client.post<ApiErrorBody>('/api/users', {
      username: 'should.not.exist',
      displayName: 'x',
      role: 'leader',
      departmentId: null,
      initialPassword: NEW_PASSWORD,
    });

    expect([list.status, list.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(list.body.message).toBe('无权执行此操作');
    expect(create.status).toBe(403);
    expect(
      await sql(context.api.app, 'SELECT id FROM app_user WHERE username = ?', [
        'should.not.exist',
      ]),
    ).toEqual([]);
  });

  it('answers 404 for users of another jurisdiction, whatever the action', async () => {
    const { baseUrl } = context.api;
    const linyou = await signIn(baseUrl, 'linyou.office');
    const baoji = await signIn(baseUrl, 'baoji.office');
    const meixianUser = await userId('meixian.xzsp');
    const linyouUser = await userId('linyou.fgj');

    const answers = [
      await linyou.patch<ApiErrorBody>(`/api/users/${meixianUser}`, {
        displayName: 'x',
        version: 1,
      }),
      await linyou.post<ApiErrorBody>(`/api/users/${meixianUser}/disable`),
      await linyou.post<ApiErrorBody>(`/api/users/${meixianUser}/enable`),
      await linyou.post<ApiErrorBody>(`/api/users/${meixianUser}/reset-password`, {
        newPassword: NEW_PASSWORD,
      }),
      await baoji.post<ApiErrorBody>(`/api/users/${linyouUser}/disable`),
      await linyou.patch<ApiErrorBody>('/api/users/999999', { displayName: 'x', version: 1 }),
    ];

    for (const answer of answers) {
      expect([answer.status, answer.body.code]).toEqual([404, 'USER_NOT_FOUND']);
    }
    expect((await signIn(baseUrl, 'meixian.xzsp')).user.displayName).toBe('眉县行政审批局');
  });

  it('creates a department user who must change the initial password', async () => {
    const { app, baseUrl } = context.api;
    const office = await signIn(baseUrl, 'linyou.office');
    const market = await departmentId('610329', '县市场监管局');

    const created = await office.post<UserResponse>('/api/users', {
      username: 'Linyou.SCJG',
      displayName: '县市场监管局',
      role: 'department',
      departmentId: market,
      initialPassword: NEW_PASSWORD,
    });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'linyou.scjg',
      role: 'department',
      departmentId: market,
      departmentName: '县市场监管局',
      jurisdictionCode: '610329',
      mustChangePassword: true,
      version: 1,
    });
    const [row] = await sql<{ password_hash: string }>(
      app,
      'SELECT password_hash FROM app_user WHERE username = ?',
      ['linyou.scjg'],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect((await signIn(baseUrl, 'linyou.scjg', NEW_PASSWORD)).user.mustChangePassword).toBe(true);
    const audit = await sql<{ actor_username: string; after_json: string }>(
      app,
      "SELECT * FROM audit_log WHERE action = 'user.create' AND target_id = ?",
      [String(created.body.id)],
    );
    expect(audit.map((entry) => entry.actor_username)).toEqual(['linyou.office']);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('refuses bad new users with a code per problem, writing nothing', async () => {
    const { app, baseUrl } = context.api;
    const office = await signIn(baseUrl, 'linyou.office');
    const meixianDepartment = await departmentId('610326', '县行政审批局');
    const linyouDepartment = await departmentId('610329', '县税务局');
    const base = {
      username: 'linyou.bad',
      displayName: '测试',
      role: 'leader',
      departmentId: null,
      initialPassword: NEW_PASSWORD,
    };

    const cases: [Record<string, unknown>, number, string][] = [
      [{ role: 'department', departmentId: meixianDepartment }, 400, 'USER_DEPARTMENT_INVALID'],
      [{ role: 'department', departmentId: null }, 400, 'USER_DEPARTMENT_INVALID'],
      [{ role: 'leader', departmentId: linyouDepartment }, 400, 'USER_DEPARTMENT_INVALID'],
      [{ role: 'city_viewer' }, 400, 'USER_ROLE_INVALID'],
      [{ role: 'system_admin' }, 400, 'VALIDATION_FAILED'],
      [{ username: 'a b' }, 400, 'VALIDATION_FAILED'],
      [{ extra: 1 }, 400, 'VALIDATION_FAILED'],
      [{ initialPassword: 'weakpassword' }, 400, 'PASSWORD_TOO_WEAK'],
      [{ username: 'LINYOU.XZSP' }, 409, 'USERNAME_TAKEN'],
    ];
    for (const [override, status, code] of cases) {
      const answer = await office.post<ApiErrorBody>('/api/users', { ...base, ...override });
      expect([answer.status, answer.body.code], JSON.stringify(override)).toEqual([status, code]);
    }
    expect(await sql(app, 'SELECT id FROM app_user WHERE username = ?', ['linyou.bad'])).toEqual(
      [],
    );
  });

  it('lets a city office create a city viewer', async () => {
    const office = await signIn(context.api.baseUrl, 'baoji.office');

    const created = await office.post<UserResponse>('/api/users', {
      username: 'baoji.viewer2',
      displayName: '宝鸡市查看2',
      role: 'city_viewer',
      initialPassword: NEW_PASSWORD,
    });

    expect(created.status).toBe(201);
    expect(created.body.departmentId).toBeNull();
  });

  it('updates with the version read and refuses a stale one with 409, writing nothing', async () => {
    const { baseUrl } = context.api;
    const office = await signIn(baseUrl, 'yijun.office');
    const created = (
      await office.post<UserResponse>('/api/users', {
        username: 'yijun.leader',
        displayName: '宜君县领导',
        role: 'leader',
        departmentId: null,
        initialPassword: NEW_PASSWORD,
      })
    ).body;
    const department = await departmentId('610222', '县行政审批服务局');

    const updated = await office.patch<UserResponse>(`/api/users/${created.id}`, {
      role: 'department',
      departmentId: department,
      version: created.version,
    });
    const stale = await office.patch<ApiErrorBody>(`/api/users/${created.id}`, {
      displayName: '过期的修改',
      version: created.version,
    });
    const back = await office.patch<UserResponse>(`/api/users/${created.id}`, {
      role: 'leader',
      version: updated.body.version,
    });

    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      role: 'department',
      departmentId: department,
      version: 2,
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'VERSION_CONFLICT']);
    // Leaving the department role drops the department.
    expect(back.body).toMatchObject({
      role: 'leader',
      departmentId: null,
      displayName: '宜君县领导',
      version: 3,
    });
  });

  it('refuses to let an office change its own role or disable itself', async () => {
    const office = await signIn(context.api.baseUrl, 'meixian.office');
    const self = office.user.id;

    const role = await office.patch<ApiErrorBody>(`/api/users/${self}`, {
      role: 'leader',
      version: 1,
    });
    const disable = await office.post<ApiErrorBody>(`/api/users/${self}/disable`);

    expect([role.status, role.body.code]).toEqual([400, 'SELF_CHANGE_NOT_ALLOWED']);
    expect([disable.status, disable.body.code]).toEqual([400, 'SELF_CHANGE_NOT_ALLOWED']);
  });

  it('disabling ends the sessions at once; enabling lets the user back in', async () => {
    const { baseUrl } = context.api;
    const office = await signIn(baseUrl, 'linyou.office');
    const target = await signIn(baseUrl, 'linyou.fgj');
    const id = target.user.id;

    const disabled = await office.post<UserResponse>(`/api/users/${id}/disable`);

    expect(disabled.status).toBe(200);
    expect(disabled.body.disabledAt).toEqual(expect.any(String));
    expect((await target.get('/api/auth/me')).status).toBe(401);
    expect(
      (
        await request(baseUrl, 'POST', '/api/auth/login', {
          body: { username: 'linyou.fgj', password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(401);

    const enabled = await office.post<UserResponse>(`/api/users/${id}/enable`);
    expect(enabled.body.disabledAt).toBeNull();
    expect((await signIn(baseUrl, 'linyou.fgj')).user.id).toBe(id);
  });

  it('resetting a password ends the sessions and forces a change', async () => {
    const { baseUrl } = context.api;
    const office = await signIn(baseUrl, 'meixian.office');
    const target = await signIn(baseUrl, 'meixian.xzsp');

    const weak = await office.post<ApiErrorBody>(`/api/users/${target.user.id}/reset-password`, {
      newPassword: 'meixian.xzsp1A',
    });
    expect([weak.status, weak.body.code]).toEqual([400, 'PASSWORD_TOO_WEAK']);
    const reset = await office.post<UserResponse>(`/api/users/${target.user.id}/reset-password`, {
      newPassword: 'Reset@Pass2026',
    });

    expect(reset.body.mustChangePassword).toBe(true);
    expect((await target.get('/api/auth/me')).status).toBe(401);
    const again = await signIn(baseUrl, 'meixian.xzsp', 'Reset@Pass2026');
    expect(again.user.mustChangePassword).toBe(true);
  });
});
