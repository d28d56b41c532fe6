import { parseArgs } from 'node:util';
import { AUDIT_RETENTION_DAYS } from '@bizenv/shared';
import { assertRetentionDays, RetentionDaysError } from '../audit/audit-retention.service.js';
import { loadConfig } from '../config/load-config.js';
import { createDataSource } from '../database/data-source.js';
import { auditServices } from './audit-services.js';

export const AUDIT_PURGE_USAGE = `用法：npm run audit:purge -w apps/api -- [--days <天数>]
删除早于保留天数的审计记录（默认且最少 ${AUDIT_RETENTION_DAYS} 天）。数据库由 DATABASE_URL 指定。`;

/** The retention in days the arguments ask for; a RetentionDaysError for anything unusable. */
export function parsePurgeArgs(args: string[]): number {
  let values: { days?: string };
  try {
    ({ values } = parseArgs({ args, options: { days: { type: 'string' } }, strict: true }));
  } catch {
    throw new RetentionDaysError(AUDIT_PURGE_USAGE);
  }
  if (values.days === undefined) return AUDIT_RETENTION_DAYS;
  const days = /^\d{1,9}$/.test(values.days) ? Number(values.days) : Number.NaN;
  assertRetentionDays(days);
  return days;
}

/**
 * `npm run audit:purge`: connects to DATABASE_URL, deletes rows older than the retention in one
 * transaction (with an 'audit.purge' row saying so) and returns the line to print. It does not
 * migrate: a database the app has not migrated yet is refused.
 */
export async function runAuditPurge(
  args: string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const days = parsePurgeArgs(args);
  const config = loadConfig(env);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('数据库尚有未执行的迁移：请先启动一次应用（启动时执行迁移）再清理');
    }
    const deleted = await auditServices(dataSource, config).retention.purge(days);
    return `已删除 ${deleted} 条早于 ${days} 天的审计记录`;
  } finally {
    await dataSource.destroy();
  }
}
