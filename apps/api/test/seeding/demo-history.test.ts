import { createHash } from 'node:crypto';
import {
  chinaDateOf,
  DEFAULT_REPORT_DUE_DAY,
  reportDueDate,
  reportTimeliness,
  WorkingDayCalendar,
} from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchedulerService } from '../../src/scheduler/scheduler.service.js';
import { DemoHistoryService } from '../../src/seeding/demo-history/demo-history.service.js';
import { DEMO_MARKER } from '../../src/seeding/demo-history/history-model.js';
import { PRODUCTION_SETTINGS } from '../support/production.js';
import { type RunningApp, startApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TABLES = [
  'progress_report',
  'report_event',
  'report_target_actual',
  'task_event',
  'closure_request',
  'problem',
  'problem_event',
  'supervision_notice',
  'notice_event',
] as const;

type Row = Record<string, unknown>;

async function query<T = Row>(api: RunningApp, sql: string): Promise<T[]> {
  return (await api.app.get(DataSource).query(sql)) as T[];
}

async function counts(api: RunningApp): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await query<{ n: number | string }>(
      api,
      `SELECT COUNT(*) AS "n" FROM "${table}"`,
    );
    result[table] = Number(row!.n);
  }
  return result;
}

/** A digest of the generated content that ignores nothing the dashboards read. */
async function checksum(api: RunningApp): Promise<string> {
  const reports = await query(
    api,
    `SELECT "task_id", "department_id", "period", "role", "status", "completion_percent",
            "first_submitted_at", "submitted_at", "reviewed_at", "work_done"
     FROM "progress_report" ORDER BY "task_id", "department_id", "period"`,
  );
  const events = await query(
    api,
    `SELECT "task_id", "type", "from_status", "to_status", "occurred_at" FROM "task_event"
     ORDER BY "task_id", "occurred_at", "id"`,
  );
  const tasks = await query(
    api,
    `SELECT "id", "status", "completion_percent", "version" FROM "task" ORDER BY "id"`,
  );
  return createHash('sha256')
    .update(JSON.stringify([reports, events, tasks]).replace(/"(\d+)"/g, '$1'))
    .digest('hex');
}

describe('demo history', () => {
  const databases: TestDatabase[] = [];
  let first: RunningApp;
  let second: RunningApp;
  let startMs = 0;

  beforeAll(async () => {
    for (let index = 0; index < 2; index += 1) databases.push(await createTestDatabase());
    const started = performance.now();
    first = await startApp(databases[0]!.config, { demoHistory: true });
    startMs = performance.now() - started;
    second = await startApp(databases[1]!.config, { demoHistory: true });
  }, 120_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    for (const database of databases) await database.drop();
  });

  it('writes a history to every table, the same on two fresh databases', async () => {
    const written = await counts(first);
    for (const table of TABLES) expect(written[table], table).toBeGreaterThan(0);
    expect(await counts(second)).toEqual(written);
    expect(await checksum(second)).toBe(await checksum(first));
    const run = first.app.get(DemoHistoryService).lastRun!;
    expect(run.counts.progress_report).toBe(written.progress_report);
    // Measured, not a timing assertion (the machine is shared): see docs/demo-history.md.
    console.log(
      `first start ${Math.round(startMs)} ms; history ${run.wallMs} ms wall, ${run.cpuMs} ms CPU`,
      written,
    );
  });

  it('labels every generated text', async () => {
    const unlabelled = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "progress_report"
       WHERE "work_done" NOT LIKE '${DEMO_MARKER}%' OR "problems" NOT LIKE '${DEMO_MARKER}%'
          OR "next_steps" NOT LIKE '${DEMO_MARKER}%'`,
    );
    expect(Number(unlabelled[0]!.n)).toBe(0);
    for (const [table, column] of [
      ['problem', 'description'],
      ['supervision_notice', 'reason'],
      ['closure_request', 'note'],
    ] as const) {
      const rows = await query(
        first,
        `SELECT COUNT(*) AS "n" FROM "${table}" WHERE "${column}" NOT LIKE '${DEMO_MARKER}%'`,
      );
      expect(Number(rows[0]!.n), table).toBe(0);
    }
  });

  it('files every report under a department of its own task, target actuals on lead reports only', async () => {
    const strangers = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "progress_report" r WHERE NOT EXISTS (
         SELECT 1 FROM "task_department" td WHERE td."task_id" = r."task_id"
           AND td."department_id" = r."department_id" AND td."role" = r."role")`,
    );
    expect(Number(strangers[0]!.n)).toBe(0);
    const supportActuals = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "report_target_actual" a
       JOIN "progress_report" r ON r."id" = a."report_id" WHERE r."role" <> 'lead'`,
    );
    expect(Number(supportActuals[0]!.n)).toBe(0);
  });

  it('changes task statuses only along allowed transitions, ending at the task status', async () => {
    const allowed = new Set([
      'status_changed:not_started>in_progress',
      'closure_requested:in_progress>done_pending_closure',
      'closure_approved:done_pending_closure>closed',
      'closure_rejected:done_pending_closure>in_progress',
    ]);
    const events = await query<{
      task_id: number;
      type: string;
      from_status: string;
      to_status: string;
    }>(
      first,
      `SELECT "task_id", "type", "from_status", "to_status" FROM "task_event" ORDER BY "task_id", "occurred_at", "id"`,
    );
    const tasks = await query<{ id: number; status: string }>(
      first,
      `SELECT "id", "status" FROM "task"`,
    );
    const reached = new Map<number, string>();
    for (const event of events) {
      expect(allowed.has(`${event.type}:${event.from_status}>${event.to_status}`)).toBe(true);
      expect(event.from_status).toBe(reached.get(Number(event.task_id)) ?? 'not_started');
      reached.set(Number(event.task_id), event.to_status);
    }
    for (const task of tasks)
      expect(task.status).toBe(reached.get(Number(task.id)) ?? 'not_started');
    const outside = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "task_event" e JOIN "task" t ON t."id" = e."task_id"
       JOIN "plan" p ON p."id" = t."plan_id"
       WHERE e."occurred_at" < p."issued_date" OR e."occurred_at" > '${new Date().toISOString()}'`,
    );
    expect(Number(outside[0]!.n)).toBe(0);
    const statuses = new Set(tasks.map((task) => task.status));
    for (const status of ['closed', 'in_progress', 'done_pending_closure'])
      expect(statuses).toContain(status);
  });

  it('keeps every report inside its plan’s months and before now, with a mix of on-time, late and missing', async () => {
    const reports = await query<{
      period: string;
      first_submitted_at: string;
      issued_date: string;
    }>(
      first,
      `SELECT r."period", r."first_submitted_at", p."issued_date" FROM "progress_report" r
       JOIN "task" t ON t."id" = r."task_id" JOIN "plan" p ON p."id" = t."plan_id"`,
    );
    const calendar = new WorkingDayCalendar();
    const now = chinaDateOf(new Date());
    const tally = { on_time: 0, late: 0 };
    for (const report of reports) {
      expect(report.period >= report.issued_date.slice(0, 7)).toBe(true);
      const submittedOn = chinaDateOf(new Date(report.first_submitted_at));
      expect(submittedOn <= now).toBe(true);
      expect(submittedOn.slice(0, 7) >= report.period).toBe(true);
      const timeliness = reportTimeliness(
        reportDueDate(report.period, DEFAULT_REPORT_DUE_DAY, calendar),
        submittedOn,
        now,
      );
      tally[timeliness as 'on_time' | 'late'] += 1;
    }
    expect(tally.on_time).toBeGreaterThan(tally.late * 3);
    expect(tally.late).toBeGreaterThan(reports.length * 0.05);
    const returned = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "report_event" WHERE "kind" = 'returned'`,
    );
    expect(Number(returned[0]!.n)).toBeGreaterThan(0);
    const missingNotices = await query(
      first,
      `SELECT COUNT(*) AS "n" FROM "supervision_notice" WHERE "origin" = 'auto_missing_report'`,
    );
    expect(Number(missingNotices[0]!.n)).toBeGreaterThan(0);
  });

  it('leaves the scheduler nothing to draft on first start, its rules unchanged', async () => {
    // Without history a first start drafts ~153 missing-report and ~14 overdue notices.
    const report = await first.app.get(SchedulerService).runAll();
    expect(report.overdueTaskDrafts).toBe(0);
    expect(report.missingReportDrafts).toBe(0);
  });

  it('adds nothing on a second start of the same database', async () => {
    const before = await counts(second);
    await second.close();
    second = await startApp(databases[1]!.config, { demoHistory: true });
    expect(await counts(second)).toEqual(before);
  });
});

describe('demo history in production mode', () => {
  it('seeds none', async () => {
    const database = await createTestDatabase();
    const api = await startApp(database.config, { ...PRODUCTION_SETTINGS, demoHistory: true });
    try {
      const written = await counts(api);
      for (const table of TABLES) expect(written[table], table).toBe(0);
    } finally {
      await api.close();
      await database.drop();
    }
  });
});
