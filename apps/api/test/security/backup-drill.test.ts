import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../src/audit/audit.service.js';
import { runAuditVerify } from '../../src/cli/audit-verify.command.js';
import { runBackup } from '../../src/cli/backup.command.js';
import { runRestore } from '../../src/cli/restore.command.js';
import { checkSqliteFile } from '../../src/database/backup/sqlite-backup.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { databaseUrl } from '../audit/tamper.js';
import { signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../support/test-database.js';
import { query, tableChecksums } from './table-checksums.js';

/** Tables the drill writes to while the backup runs; every other table must match exactly. */
const WRITTEN = ['audit_log', 'audit_chain', 'user_session', 'app_user'];
const SIGN_INS = ['linyou.office', 'linyou.leader', 'linyou.xzsp', 'linyou.fgj', 'baoji.viewer'];

describe(`backup drill on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bizenv-backup-'));
  const restoredDatabases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of restoredDatabases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up under continuous writes; the restore is consistent and matches the backup', async () => {
    const source = context.api.config.database;
    const env = { DATABASE_URL: databaseUrl(source) };
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await context.api.app
          .get(TransactionRunner)
          .run((manager) =>
            context.api.app
              .get(AuditService)
              .record(manager, { action: 'drill.write', targetType: 'drill', targetId: i }),
          );
        if (i % 10 === 0) await signIn(context.api.baseUrl, SIGN_INS[(i / 10) % SIGN_INS.length]!);
        written++;
      }
    })();
    const waitFor = async (count: number) => {
      while (written < count) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    let file = '';
    let writtenDuring = 0;
    try {
      await waitFor(30);
      // A small database backs up in a few milliseconds: take another one until the app's
      // writes demonstrably went on while a backup ran (the first one does, unless the machine
      // stalls the writer).
      for (let attempt = 1; writtenDuring === 0 && attempt <= 5; attempt++) {
        file = path.join(dir, `bizenv-${attempt}.${TEST_DB === 'sqlite' ? 'sqlite' : 'dump'}`);
        const writtenBefore = written;
        expect(await runBackup(['--out', file], env)).toContain(file);
        writtenDuring = written - writtenBefore;
      }
      expect(writtenDuring).toBeGreaterThan(0);
      await waitFor(written + 20);
    } finally {
      writing = false;
      await writer;
    }

    const target = await createTestDatabase();
    restoredDatabases.push(target);
    await runRestore(['--from', file], { DATABASE_URL: databaseUrl(target.config) });

    // A consistent snapshot: the restored chain verifies up to its head.
    expect(await runAuditVerify({ DATABASE_URL: databaseUrl(target.config) })).toMatchObject({
      ok: true,
    });
    // The restored audit log is exactly the source's first rows: nothing torn, nothing extra.
    const maxId = Number(
      (await query(target.config, `SELECT max("id") AS "maxId" FROM "audit_log"`))[0]!.maxId,
    );
    const prefix = { audit_log: `"id" <= ${Number(maxId)}` };
    const restored = await tableChecksums(target.config);
    const sourceNow = await tableChecksums(source, prefix);
    expect(restored.audit_log).toBe(sourceNow.audit_log);
    const n = Number(
      (
        await query(source, `SELECT count(*) AS "n" FROM "audit_log" WHERE "id" > ${Number(maxId)}`)
      )[0]!.n,
    );
    expect(Number(n)).toBeGreaterThan(0); // writes went on after the snapshot
    for (const table of Object.keys(sourceNow).filter((name) => !WRITTEN.includes(name))) {
      expect(restored[table], table).toBe(sourceNow[table]);
    }
    expect(Object.keys(restored).sort()).toEqual(Object.keys(sourceNow).sort());

    if (TEST_DB === 'sqlite') {
      // The backup file itself against its restore, table by table; both pass SQLite's checks.
      expect(await tableChecksums({ kind: 'sqlite', path: file })).toEqual(restored);
      expect(checkSqliteFile(file)).toEqual([]);
      expect(checkSqliteFile((target.config as { path: string }).path)).toEqual([]);
    }
    console.info(`backup drill: ${writtenDuring} writes during the backup, ${written} in all`);
  });

  it('refuses to restore over a database that has data, unless --force', async () => {
    const file = path.join(dir, `second.${TEST_DB === 'sqlite' ? 'sqlite' : 'dump'}`);
    const env = { DATABASE_URL: databaseUrl(context.api.config.database) };
    await runBackup(['--out', file], env);
    await expect(runBackup(['--out', file], env)).rejects.toThrow(/已存在/);
    const target = await createTestDatabase();
    restoredDatabases.push(target);
    await runRestore(['--from', file], { DATABASE_URL: databaseUrl(target.config) });
    const targetEnv = { DATABASE_URL: databaseUrl(target.config) };

    await expect(runRestore(['--from', file], targetEnv)).rejects.toThrow(/不是空的/);
    await runRestore(['--from', file, '--force'], targetEnv);
    expect(await runAuditVerify(targetEnv)).toMatchObject({ ok: true });
    await expect(runRestore([], targetEnv)).rejects.toThrow(/用法/);
  });
});
