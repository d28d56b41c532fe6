import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/app-config.js';
import { SCHEDULER_INTERVAL_MINUTES } from '../../src/config/config.variables.js';
import { loadConfig } from '../../src/config/load-config.js';
import { type RunningApp, startApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/test-database.js';
import { countRows } from './scheduler-fixtures.js';

describe('SCHEDULER_INTERVAL_MINUTES', () => {
  it('defaults to 15 minutes, takes 0 to disable, refuses anything else', () => {
    expect(loadConfig({}).schedulerIntervalMinutes).toBe(15);
    expect(loadConfig({ SCHEDULER_INTERVAL_MINUTES: '0' }).schedulerIntervalMinutes).toBe(0);
    expect(loadConfig({ SCHEDULER_INTERVAL_MINUTES: '60' }).schedulerIntervalMinutes).toBe(60);
    for (const raw of ['-1', '1.5', 'soon', '1441']) {
      expect(() => SCHEDULER_INTERVAL_MINUTES.parse(raw), raw).toThrow(ConfigError);
    }
  });
});

describe(`the scheduler timer on ${TEST_DB}`, () => {
  let database: TestDatabase;
  let enabled: RunningApp | undefined;
  let disabled: RunningApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await enabled?.close();
    await disabled?.close();
    await database?.drop();
  });

  it('does not run with interval 0', async () => {
    disabled = await startApp(database.config, { schedulerIntervalMinutes: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await countRows(disabled.app, 'supervision_notice')).toBe(0);
    await disabled.close();
    disabled = undefined;
  });

  it('runs the checks at start-up when enabled (the seeds hold long overdue tasks)', async () => {
    enabled = await startApp(database.config, { schedulerIntervalMinutes: 60 });
    const deadline = Date.now() + 20_000;
    let drafts = 0;
    while (drafts === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      drafts = await countRows(enabled.app, 'supervision_notice');
    }
    expect(drafts).toBeGreaterThan(0);
    // close() waits for a run still in progress instead of cutting its transaction.
    await enabled.close();
    enabled = undefined;
  });
});
