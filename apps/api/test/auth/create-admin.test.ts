import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCreateAdmin } from '../../src/cli/create-admin.command.js';
import type { DatabaseConfig } from '../../src/config/app-config.js';
import { request, signIn } from '../support/auth.js';
import { SEEDS_DIR } from '../support/seeds.js';
import { PRODUCTION_ENV, PRODUCTION_SETTINGS } from '../support/production.js';
import { startApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const databaseUrl = (config: DatabaseConfig) =>
  config.kind === 'sqlite' ? `sqlite:${config.path}` : config.url;
const noPrompt = () => Promise.reject(new Error('no prompt expected'));

describe('production mode and create-admin', () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = {
      DATABASE_URL: databaseUrl(database.config),
      SEEDS_DIR,
      ...PRODUCTION_ENV,
      LOG_LEVEL: 'error',
    };
  });
  afterAll(() => database.drop());

  it('starts with no accounts and says how to create the first', async () => {
    const warned = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const api = await startApp(database.config, PRODUCTION_SETTINGS);
    try {
      expect(warned).toHaveBeenCalledWith(expect.stringContaining('npm run create-admin'));
      const demo = await request(api.baseUrl, 'POST', '/api/auth/login', {
        body: { username: 'linyou.office', password: 'Yingshang@2026' },
      });
      expect(demo.status).toBe(401);
    } finally {
      warned.mockRestore();
      await api.close();
    }
  });

  it('creates an office account from ADMIN_PASSWORD, which can then sign in and manage users', async () => {
    const summary = await runCreateAdmin(
      ['--username', 'LinYou.Admin', '--jurisdiction', '610329'],
      { ...env, ADMIN_PASSWORD: 'First@Admin2026' },
      noPrompt,
    );

    expect(summary).toContain('已创建账号 linyou.admin');
    const api = await startApp(database.config, PRODUCTION_SETTINGS);
    try {
      const admin = await signIn(api.baseUrl, 'linyou.admin', 'First@Admin2026');
      expect(admin.user).toMatchObject({
        role: 'office',
        jurisdictionCode: '610329',
        displayName: '麟游县营商办',
      });
      expect((await admin.get('/api/users')).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('asks for the password when ADMIN_PASSWORD is not set', async () => {
    const prompt = vi.fn(() => Promise.resolve('Prompted@Pass2026'));

    await runCreateAdmin(
      ['--username', 'sys', '--jurisdiction', '610000', '--role', 'system_admin'],
      env,
      prompt,
    );

    expect(prompt).toHaveBeenCalledOnce();
  });

  it.each([
    [['--username', 'linyou.admin', '--jurisdiction', '610329'], 'Other@Admin2026', /已存在/],
    [['--username', 'weak.one', '--jurisdiction', '610329'], 'weakpassword', /密码不符合要求/],
    [
      ['--username', 'nowhere', '--jurisdiction', '999999'],
      'Other@Admin2026',
      /辖区 999999 不存在/,
    ],
    [['--username', 'bad role', '--jurisdiction', '610329'], 'Other@Admin2026', /用户名/],
    [
      ['--username', 'viewer', '--jurisdiction', '610329', '--role', 'leader'],
      'Other@Admin2026',
      /--role/,
    ],
    [['--jurisdiction', '610329'], 'Other@Admin2026', /用法/],
  ])('refuses %j, changing nothing', async (args, password, message) => {
    await expect(
      runCreateAdmin(args, { ...env, ADMIN_PASSWORD: password }, noPrompt),
    ).rejects.toThrow(message);
  });

  it('left the existing account as it was', async () => {
    const api = await startApp(database.config, PRODUCTION_SETTINGS);
    try {
      expect((await signIn(api.baseUrl, 'linyou.admin', 'First@Admin2026')).user.username).toBe(
        'linyou.admin',
      );
      const weak = await request(api.baseUrl, 'POST', '/api/auth/login', {
        body: { username: 'weak.one', password: 'weakpassword' },
      });
      expect(weak.status).toBe(401);
    } finally {
      await api.close();
    }
  });
});
