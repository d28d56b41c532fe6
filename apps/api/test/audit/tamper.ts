import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../src/config/app-config.js';
import { TEST_DB } from '../support/test-database.js';

export function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url;
}

/**
 * Runs raw SQL as an attacker with database access would: the append-only triggers are dropped
 * first and put back after, exactly as migration 1764500000000 left them.
 */
export async function withAuditTriggerDropped(
  dataSource: DataSource,
  tamper: () => Promise<unknown>,
): Promise<void> {
  const triggers: { name: string; sql: string }[] =
    TEST_DB === 'sqlite'
      ? await dataSource.query(
          `SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'audit_log'`,
        )
      : [];
  if (TEST_DB === 'sqlite') {
    for (const trigger of triggers) await dataSource.query(`DROP TRIGGER "${trigger.name}"`);
  } else {
    await dataSource.query(`ALTER TABLE "audit_log" DISABLE TRIGGER USER`);
  }
  try {
    await tamper();
  } finally {
    if (TEST_DB === 'sqlite') {
      for (const trigger of triggers) await dataSource.query(trigger.sql);
    } else {
      await dataSource.query(`ALTER TABLE "audit_log" ENABLE TRIGGER USER`);
    }
  }
}
