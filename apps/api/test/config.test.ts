import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/app-config.js';
import { CONFIG_VARIABLES, REPO_ROOT } from '../src/config/config.variables.js';
import { loadConfig } from '../src/config/load-config.js';
import { demoSecurityConfig } from '../src/config/security-config.js';

describe('configuration', () => {
  it('has a default and a description for every variable', () => {
    for (const variable of CONFIG_VARIABLES) {
      expect(variable.description, variable.name).not.toBe('');
      expect(() => variable.parse(variable.defaultValue), variable.name).not.toThrow();
    }
  });

  it('defaults to the SQLite file, seeds and web build of the repository', () => {
    const config = loadConfig({});

    expect(config).toEqual({
      database: { kind: 'sqlite', path: path.join(REPO_ROOT, 'data', 'bizenv.sqlite') },
      port: 3000,
      host: '0.0.0.0',
      seedsDir: path.join(REPO_ROOT, 'seeds'),
      webDistDir: path.join(REPO_ROOT, 'apps', 'web', 'dist'),
      logLevel: 'info',
      appMode: 'demo',
      demoHistory: true,
      session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: false },
      schedulerIntervalMinutes: 15,
      dataDir: path.join(REPO_ROOT, 'data'),
      maxUploadMb: 20,
      security: demoSecurityConfig(),
    });
  });

  it('sends the session cookie over HTTPS only in production, unless told otherwise', () => {
    expect(loadConfig({ APP_MODE: 'production' }).session.cookieSecure).toBe(true);
    expect(
      loadConfig({ APP_MODE: 'production', COOKIE_SECURE: 'false' }).session.cookieSecure,
    ).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).session.cookieSecure).toBe(true);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8' }).session).toEqual(
      {
        idleMinutes: 15,
        absoluteHours: 8,
        cookieSecure: false,
      },
    );
  });

  it('reads PostgreSQL URLs and relative SQLite paths', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bizenv' }).database,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/bizenv',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:data/x.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: path.resolve('data/x.sqlite'),
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DATABASE_URL', 'sqlite::memory:'],
    ['DATABASE_URL', 'postgres://127.0.0.1'],
    ['LOG_LEVEL', 'loud'],
    ['HOST', 'a host'],
    ['APP_MODE', 'prod'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', 'half'],
    ['SESSION_ABSOLUTE_HOURS', '-1'],
    ['COOKIE_SECURE', 'yes'],
  ])('stops on %s=%s with one line naming the variable', (name, value) => {
    const load = () => loadConfig({ [name]: value });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      new RegExp(`^${name}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" 无效：[^\\n]+$`),
    );
  });
});
