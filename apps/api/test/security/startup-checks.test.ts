import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { PRODUCTION_SETTINGS } from '../support/production.js';
import { startApp, type RunningApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/test-database.js';

const REAL_KEYS = PRODUCTION_SETTINGS.security;
const PRODUCTION = PRODUCTION_SETTINGS;

describe(`start-up checks on ${TEST_DB}`, () => {
  const opened: TestDatabase[] = [];
  const apps: RunningApp[] = [];
  const freshDatabase = async () => {
    const database = await createTestDatabase();
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const database of opened.splice(0)) await database.drop();
  });

  const refusals: [string, object, RegExp][] = [
    [
      'production without AUDIT_HMAC_KEY',
      { security: { ...REAL_KEYS, auditHmacKeys: loadConfig({}).security.auditHmacKeys } },
      /拒绝启动 \/ refusing to start.*AUDIT_HMAC_KEY/,
    ],
    [
      'production without FIELD_ENCRYPTION_KEYS',
      {
        security: {
          ...REAL_KEYS,
          fieldEncryptionKeys: loadConfig({}).security.fieldEncryptionKeys,
        },
      },
      /拒绝启动.*FIELD_ENCRYPTION_KEYS/,
    ],
    [
      'production with COOKIE_SECURE=false',
      { session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: false } },
      /COOKIE_SECURE must be true/,
    ],
  ];

  for (const [name, override, message] of refusals) {
    it(`refuses ${name}, before opening the database`, async () => {
      const database = await freshDatabase();
      const start = startApp(database.config, { ...PRODUCTION, ...override });
      await expect(start).rejects.toThrow(ConfigError);
      await expect(start).rejects.toThrow(message);
      if (database.config.kind === 'sqlite') expect(existsSync(database.config.path)).toBe(false);
    });
  }

  it('refuses production on a database that still has the demo accounts', async () => {
    const database = await freshDatabase();
    const demo = await startApp(database.config);
    await demo.close();

    await expect(startApp(database.config, PRODUCTION)).rejects.toThrow(
      /演示账号 admin 仍可登录 \/ demo account "admin" is active/,
    );
  });

  it('starts in production with its own keys, secure cookies and no default accounts', async () => {
    const app = await startApp((await freshDatabase()).config, PRODUCTION);
    apps.push(app);
    const health = await app.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('refuses a malformed or short key in the environment with a one-line message', () => {
    expect(() => loadConfig({ AUDIT_HMAC_KEY: 'no-id-here' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUDIT_HMAC_KEY: 'k1:c2hvcnQ=' })).toThrow(/32 字节/);
    expect(() =>
      loadConfig({
        FIELD_ENCRYPTION_KEYS:
          'k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=,k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
      }),
    ).toThrow(/重复/);
    const rotated = loadConfig({
      FIELD_ENCRYPTION_KEYS:
        'new:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=,old:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    }).security.fieldEncryptionKeys;
    expect(rotated.current.id).toBe('new');
    expect([...rotated.byId.keys()]).toEqual(['new', 'old']);
    expect(rotated.demo).toBe(false);
  });
});
