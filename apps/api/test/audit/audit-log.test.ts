import { DataSource } from 'typeorm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuditRetentionService } from '../../src/audit/audit-retention.service.js';
import { AuditService } from '../../src/audit/audit.service.js';
import { parsePurgeArgs, runAuditPurge } from '../../src/cli/audit-purge.command.js';
import { Clock } from '../../src/common/clock.js';
import type { DatabaseConfig } from '../../src/config/app-config.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

const DAY_MS = 86_400_000;

interface Row {
  id: number;
  action: string;
  actor_username: string;
  target_id: string | null;
  after_json: string | null;
}

function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url;
}

describe(`audit log storage on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const service = () => context.api.app.get(AuditService);
  const transactions = () => context.api.app.get(TransactionRunner);
  const dataSource = () => context.api.app.get(DataSource);
  const clock = () => context.api.app.get(Clock);
  const rows = (): Promise<Row[]> =>
    dataSource().query(
      `SELECT "id", "action", "actor_username", "target_id", "after_json" FROM "audit_log" ORDER BY "id"`,
    );
  /** Records one row as if it had happened `daysAgo` days ago (the service takes time from Clock). */
  const recordAt = async (daysAgo: number, targetId: string) => {
    clock().set(new Date(Date.now() - daysAgo * DAY_MS));
    try {
      await transactions().run((manager) =>
        service().record(manager, { action: 'test.aged', targetType: 'test', targetId }),
      );
    } finally {
      clock().reset();
    }
  };
  const idOf = async (targetId: string) =>
    (await rows()).find((row) => row.target_id === targetId)!.id;

  beforeEach(() => clock().reset());

  it('writes one row with the committed write, the system as actor outside a request', async () => {
    const before = (await rows()).length;

    await transactions().run((manager) =>
      service().record(manager, {
        action: 'task.status.change',
        targetType: 'task',
        targetId: 42,
        before: { status: 'not_started' },
        after: { status: 'in_progress' },
      }),
    );

    const [row] = await dataSource().query(
      `SELECT * FROM "audit_log" WHERE "target_id" = '42' AND "action" = 'task.status.change'`,
    );
    expect((await rows()).length).toBe(before + 1);
    expect(row).toMatchObject({
      actor_user_id: null,
      actor_username: 'system',
      actor_role: null,
      jurisdiction_code: null,
      ip: null,
      request_id: null,
      target_type: 'task',
      outcome: 'success',
      before_json: '{"status":"not_started"}',
      after_json: '{"status":"in_progress"}',
    });
  });

  it('leaves no row when the transaction rolls back', async () => {
    const before = await rows();

    const failing = transactions().run(async (manager) => {
      await service().record(manager, {
        action: 'task.status.change',
        targetType: 'task',
        targetId: 'rolled-back',
      });
      throw new Error('the write failed after its audit row');
    });

    await expect(failing).rejects.toThrow('the write failed');
    expect(await rows()).toEqual(before);
  });

  it('takes an explicit actor (a failed login names the username tried) and redacts secrets', async () => {
    await transactions().run((manager) =>
      service().record(manager, {
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: null,
        outcome: 'failure',
        after: { username: 'nobody', password: 'Guess-123' },
        actor: { id: null, username: 'nobody', role: null, jurisdictionCode: '610329' },
      }),
    );

    const [row] = await dataSource().query(
      `SELECT * FROM "audit_log" WHERE "action" = 'auth.login_failed'`,
    );
    expect(row).toMatchObject({
      actor_username: 'nobody',
      jurisdiction_code: '610329',
      outcome: 'failure',
      after_json: '{"username":"nobody","password":"[REDACTED]"}',
    });
  });

  it('refuses a malformed action: a programming error fails the write', async () => {
    const write = transactions().run((manager) =>
      service().record(manager, { action: 'Task Status', targetType: 'task', targetId: 1 }),
    );

    await expect(write).rejects.toThrow(/Invalid audit action/);
  });

  it('refuses UPDATE of any row in the database itself', async () => {
    await recordAt(0, 'update-young');
    await recordAt(400, 'update-old');

    for (const targetId of ['update-young', 'update-old']) {
      const id = await idOf(targetId);
      await expect(
        dataSource().query(`UPDATE "audit_log" SET "actor_username" = 'forged' WHERE "id" = ${id}`),
      ).rejects.toThrow(/append-only/);
    }
    expect((await rows()).some((row) => row.actor_username === 'forged')).toBe(false);
  });

  it('refuses DELETE of a row younger than 183 days in the database itself', async () => {
    await recordAt(0, 'delete-today');
    await recordAt(182, 'delete-182');

    for (const targetId of ['delete-today', 'delete-182']) {
      const id = await idOf(targetId);
      await expect(
        dataSource().query(`DELETE FROM "audit_log" WHERE "id" = ${id}`),
      ).rejects.toThrow(/younger than 183 days/);
    }
    const left = (await rows()).map((row) => row.target_id);
    expect(left).toEqual(expect.arrayContaining(['delete-today', 'delete-182']));
  });

  it('refuses emptying the table in one statement', async () => {
    await recordAt(0, 'empty-table');
    const count = (await rows()).length;

    // PostgreSQL's TRUNCATE skips row triggers, so it has a trigger of its own.
    const statement = TEST_DB === 'postgres' ? 'TRUNCATE "audit_log"' : 'DELETE FROM "audit_log"';
    await expect(dataSource().query(statement)).rejects.toThrow(
      /append-only|younger than 183 days/,
    );
    expect((await rows()).length).toBe(count);
  });

  it('refuses DELETE of a young row whose time the database wrote itself', async () => {
    // Raw inserts get the column default (SQLite: "YYYY-MM-DD HH:MM:SS" text, no milliseconds).
    await dataSource().query(
      `INSERT INTO "audit_log" ("actor_username", "action", "target_type", "target_id", "outcome") VALUES ('system', 'test.raw', 'test', 'raw-default', 'success')`,
    );
    const id = await idOf('raw-default');

    await expect(dataSource().query(`DELETE FROM "audit_log" WHERE "id" = ${id}`)).rejects.toThrow(
      /younger than 183 days/,
    );
  });

  it('purges only rows older than the retention, and records the purge', async () => {
    const retention = context.api.app.get(AuditRetentionService);
    await retention.purge(183); // rows aged by earlier tests
    await recordAt(184, 'purge-184');
    await recordAt(400, 'purge-400');
    await recordAt(182, 'purge-182');
    await recordAt(0, 'purge-today');

    const deleted = await retention.purge(183);

    const left = (await rows()).map((row) => row.target_id);
    expect(deleted).toBe(2);
    expect(left).not.toContain('purge-184');
    expect(left).not.toContain('purge-400');
    expect(left).toEqual(expect.arrayContaining(['purge-182', 'purge-today']));
    const purge = (await rows()).filter((row) => row.action === 'audit.purge').at(-1)!;
    expect(purge.actor_username).toBe('system');
    expect(JSON.parse(purge.after_json!)).toEqual({ retentionDays: 183, deleted: 2 });
  });

  it('a longer retention keeps rows between 183 days and it', async () => {
    await recordAt(250, 'keep-250');
    await recordAt(320, 'drop-320');

    const deleted = await context.api.app.get(AuditRetentionService).purge(300);

    const left = (await rows()).map((row) => row.target_id);
    expect(deleted).toBe(1);
    expect(left).toContain('keep-250');
    expect(left).not.toContain('drop-320');
  });

  it('refuses a retention shorter than 183 days before touching anything', async () => {
    await recordAt(100, 'short-100');
    const before = await rows();

    expect(() => context.api.app.get(AuditRetentionService).purge(182)).toThrow(/183/);
    expect(await rows()).toEqual(before);
  });

  describe('npm run audit:purge', () => {
    it('reads --days: default 183, refuses less, refuses junk', () => {
      expect(parsePurgeArgs([])).toBe(183);
      expect(parsePurgeArgs(['--days', '365'])).toBe(365);
      expect(parsePurgeArgs(['--days=200'])).toBe(200);
      for (const args of [
        ['--days', '90'],
        ['--days', '182'],
        ['--days', '1e3'],
        ['--days', '-200'],
        ['--all'],
      ]) {
        expect(() => parsePurgeArgs(args), args.join(' ')).toThrow(/183|用法/);
      }
    });

    it('purges the database DATABASE_URL names and says how many rows went', async () => {
      await context.api.app.get(AuditRetentionService).purge(183); // rows aged by earlier tests
      await recordAt(200, 'cli-200');
      await recordAt(10, 'cli-10');

      const summary = await runAuditPurge([], {
        DATABASE_URL: databaseUrl(context.api.config.database),
      });

      expect(summary).toBe('已删除 1 条早于 183 天的审计记录');
      const left = (await rows()).map((row) => row.target_id);
      expect(left).not.toContain('cli-200');
      expect(left).toContain('cli-10');
    });

    it('refuses a short retention without connecting', async () => {
      await expect(
        runAuditPurge(['--days', '30'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }),
      ).rejects.toThrow(/至少保留 183 天/);
    });
  });
});
