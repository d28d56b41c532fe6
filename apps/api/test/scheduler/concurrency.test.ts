import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, useRunningApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/test-database.js';
import {
  autoNotices,
  countRows,
  freezeAt,
  generatedNotifications,
  runJobs,
  sql,
} from './scheduler-fixtures.js';

/** A day with overdue tasks, missing reports and reminders in the seeds (Friday 2021-12-24). */
const DAY = '2021-12-24';

const keysOf = async (api: RunningApp) => ({
  notices: (await autoNotices(api.app)).map((row) => row.dedupe_key),
  notifications: (await generatedNotifications(api.app)).map((row) => row.dedupe_key),
});

describe(`scheduled jobs run twice at once on ${TEST_DB}`, () => {
  const context = useRunningApp();

  it('two concurrent runs in one instance write every row once', async () => {
    freezeAt(context.api.app, DAY);

    const [first, second] = await Promise.all([runJobs(context.api.app), runJobs(context.api.app)]);

    const keys = await keysOf(context.api);
    expect(keys.notices.length).toBeGreaterThan(0);
    expect(keys.notifications.length).toBeGreaterThan(0);
    expect(new Set(keys.notices).size).toBe(keys.notices.length);
    expect(new Set(keys.notifications).size).toBe(keys.notifications.length);
    // Between them the two runs created each row once (a run may also skip a job another holds).
    const created = (name: keyof typeof first) =>
      [first[name], second[name]].reduce<number>((sum, n) => sum + (n === 'skipped' ? 0 : n), 0);
    expect(created('overdueTaskDrafts') + created('missingReportDrafts')).toBe(keys.notices.length);
    expect(created('reportDueReminders') + created('taskDeadlineReminders')).toBe(
      keys.notifications.length,
    );
    // Every new draft has exactly one 'drafted' event.
    const events = await sql<{ n: number | string }>(
      context.api.app,
      `SELECT COUNT(*) AS n FROM "notice_event" WHERE "action" = 'drafted'`,
    );
    expect(Number(events[0]!.n)).toBe(keys.notices.length);

    // And a third, later run adds nothing.
    const third = await runJobs(context.api.app);
    expect(Object.values(third).every((n) => n === 0)).toBe(true);
    expect(await countRows(context.api.app, 'supervision_notice')).toBe(keys.notices.length);
  });
});

// Two API processes on one database is a PostgreSQL deployment (SQLite is single-instance):
// two apps with their own DataSource and connection pool, as two servers would have.
if (TEST_DB === 'postgres') {
  describe('two API instances on one PostgreSQL database', () => {
    let reference: TestDatabase;
    let shared: TestDatabase;
    let single: RunningApp;
    let one: RunningApp;
    let two: RunningApp;

    beforeAll(async () => {
      [reference, shared] = await Promise.all([createTestDatabase(), createTestDatabase()]);
      single = await startApp(reference.config);
      one = await startApp(shared.config);
      two = await startApp(shared.config);
    });
    afterAll(async () => {
      await Promise.all([single?.close(), one?.close(), two?.close()]);
      await Promise.all([reference?.drop(), shared?.drop()]);
    });

    it('write the same rows as one instance alone, each once', async () => {
      for (const api of [single, one, two]) freezeAt(api.app, DAY);
      await runJobs(single.app);

      const [a, b] = await Promise.all([runJobs(one.app), runJobs(two.app)]);

      expect(await keysOf(one)).toEqual(await keysOf(single));
      const total = (report: typeof a) =>
        Object.values(report).reduce<number>((sum, n) => sum + (n === 'skipped' ? 0 : n), 0);
      const expected = await keysOf(single);
      expect(total(a) + total(b)).toBe(expected.notices.length + expected.notifications.length);
      // Again from both: each job finds nothing new, or skips while the other holds its lock.
      const again = await Promise.all([runJobs(one.app), runJobs(two.app)]);
      for (const value of again.flatMap((report) => Object.values(report))) {
        expect([0, 'skipped']).toContain(value);
      }
      expect(await keysOf(one)).toEqual(expected);
    });
  });
}
