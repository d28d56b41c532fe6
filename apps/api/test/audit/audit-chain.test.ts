import { DataSource } from 'typeorm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuditRetentionService } from '../../src/audit/audit-retention.service.js';
import { AuditVerifierService } from '../../src/audit/audit-verifier.service.js';
import { AuditService } from '../../src/audit/audit.service.js';
import { runAuditVerify } from '../../src/cli/audit-verify.command.js';
import { auditServices } from '../../src/cli/audit-services.js';
import { parseKeyRing } from '../../src/common/crypto/key-ring.js';
import { Clock } from '../../src/common/clock.js';
import { TransactionRunner } from '../../src/database/transaction-runner.js';
import { signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { databaseUrl, withAuditTriggerDropped } from './tamper.js';

const DAY_MS = 86_400_000;
const DEMO_KEY = 'demo:K3R+kygYwO5ioiblWPfuXPmD3L3H6LI4PH46yMR4ADU=';
const NEW_KEY = 'k2026:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=';

describe(`audit chain (HMAC-SM3) on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const dataSource = () => context.api.app.get(DataSource);
  const clock = () => context.api.app.get(Clock);
  const verify = () => context.api.app.get(AuditVerifierService).verify();
  const record = (targetId: string, daysAgo = 0) => {
    clock().set(new Date(Date.now() - daysAgo * DAY_MS));
    return context.api.app
      .get(TransactionRunner)
      .run((manager) =>
        context.api.app
          .get(AuditService)
          .record(manager, { action: 'test.chain', targetType: 'test', targetId }),
      )
      .finally(() => clock().reset());
  };
  const idOf = async (targetId: string): Promise<number> => {
    const [row] = await dataSource().query(
      `SELECT "id" FROM "audit_log" WHERE "target_id" = '${targetId}'`,
    );
    return Number(row.id);
  };
  const env = (key = DEMO_KEY) => ({
    DATABASE_URL: databaseUrl(context.api.config.database),
    AUDIT_HMAC_KEY: key,
  });

  beforeEach(() => clock().reset());

  it('signs every row written through the app, logins included, into one intact chain', async () => {
    await signIn(context.api.baseUrl, 'linyou.office');
    const rows: { chain_hmac: string | null; key_id: string | null }[] = await dataSource().query(
      `SELECT "chain_hmac", "key_id" FROM "audit_log"`,
    );

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.chain_hmac ?? ''))).toBe(true);
    expect(new Set(rows.map((row) => row.key_id))).toEqual(new Set(['demo']));
    expect(await verify()).toMatchObject({ breaks: 0, firstBreak: null, checked: rows.length });
    expect(await runAuditVerify(env())).toMatchObject({ ok: true });
  });

  it('does not fork under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, index) => record(`concurrent-${index}`)));
    const report = await verify();
    expect(report.breaks).toBe(0);
  });

  it('names the row whose stored bytes were changed, and exits non-zero', async () => {
    await record('tamper-before');
    await record('tamper-target');
    await record('tamper-after');
    const id = await idOf('tamper-target');

    // One byte: the "t" of "test" becomes "T".
    await withAuditTriggerDropped(dataSource(), () =>
      dataSource().query(`UPDATE "audit_log" SET "target_type" = 'Test' WHERE "id" = ${id}`),
    );

    const report = await verify();
    expect(report.firstBreak).toMatchObject({
      id,
      reason: expect.stringContaining('内容与链值不符'),
    });
    expect(report.breaks).toBe(1);
    const outcome = await runAuditVerify(env());
    expect(outcome.ok).toBe(false);
    expect(outcome.lines.join('\n')).toContain(`第一处断裂：id=${id}，时间=`);
  });
});

describe(`audit chain across purge, deletion and key rotation on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const dataSource = () => context.api.app.get(DataSource);
  const clock = () => context.api.app.get(Clock);
  const record = (targetId: string, daysAgo = 0) => {
    clock().set(new Date(Date.now() - daysAgo * DAY_MS));
    return context.api.app
      .get(TransactionRunner)
      .run((manager) =>
        context.api.app
          .get(AuditService)
          .record(manager, { action: 'test.chain', targetType: 'test', targetId }),
      )
      .finally(() => clock().reset());
  };

  it('stays verifiable after the retention purge removed rows from the middle', async () => {
    await record('keep-1');
    await record('old-1', 400);
    await record('keep-2');
    await record('old-2', 200);

    expect(await context.api.app.get(AuditRetentionService).purge(183)).toBe(2);

    const tombstones: unknown[] = await dataSource().query(`SELECT * FROM "audit_log_purged"`);
    expect(tombstones).toHaveLength(2);
    expect(await context.api.app.get(AuditVerifierService).verify()).toMatchObject({ breaks: 0 });
  });

  it('detects a row deleted outside the purge, and a forged tombstone', async () => {
    await record('victim');
    await record('after-victim');
    const [victim] = await dataSource().query(
      `SELECT "id" FROM "audit_log" WHERE "target_id" = 'victim'`,
    );
    const id = Number(victim.id);

    await withAuditTriggerDropped(dataSource(), () =>
      dataSource().query(`DELETE FROM "audit_log" WHERE "id" = ${id}`),
    );
    const report = await context.api.app.get(AuditVerifierService).verify();
    expect(report.firstBreak).toMatchObject({ id: id + 1 });
    expect(report.firstBreak?.reason).toContain(`缺少 id ${id}`);

    // Faking a purge needs the key: a tombstone copied without its signature is caught.
    await dataSource().query(
      `INSERT INTO "audit_log_purged" ("id", "occurred_at", "chain_hmac", "key_id", "tombstone_hmac") SELECT ${id}, '2020-01-01T00:00:00.000Z', "chain_hmac", 'demo', "chain_hmac" FROM "audit_log_purged" LIMIT 1`,
    );
    const forged = await context.api.app.get(AuditVerifierService).verify();
    expect(forged.firstBreak).toMatchObject({ id, reason: expect.stringContaining('签名不符') });
  });

  it('verifies rows of a retired key while the new key signs, and names an unknown key', async () => {
    const before = await context.api.app.get(AuditVerifierService).verify();
    const rotated = { security: { ...context.api.config.security } };
    rotated.security.auditHmacKeys = parseKeyRing('AUDIT_HMAC_KEY', `${NEW_KEY},${DEMO_KEY}`);
    const services = auditServices(dataSource(), rotated);
    await context.api.app
      .get(TransactionRunner)
      .run((manager) =>
        services.audit.record(manager, { action: 'test.rotated', targetType: 'test', targetId: 1 }),
      );

    const [row] = await dataSource().query(
      `SELECT "key_id" FROM "audit_log" WHERE "action" = 'test.rotated'`,
    );
    expect(row.key_id).toBe('k2026');
    const after = await services.verifier.verify();
    expect(after.breaks).toBe(before.breaks);
    const withoutOld = auditServices(dataSource(), {
      security: { ...rotated.security, auditHmacKeys: parseKeyRing('AUDIT_HMAC_KEY', NEW_KEY) },
    });
    expect((await withoutOld.verifier.verify()).firstBreak?.reason).toContain('密钥编号 demo');
  });
});
