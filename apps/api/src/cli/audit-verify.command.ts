import { loadConfig } from '../config/load-config.js';
import { createDataSource } from '../database/data-source.js';
import { auditServices } from './audit-services.js';

/** What `npm run audit:verify` prints and whether it succeeded. */
export interface AuditVerifyOutcome {
  ok: boolean;
  lines: string[];
}

/**
 * `npm run audit:verify`: walks the audit chain of DATABASE_URL with the keys of AUDIT_HMAC_KEY
 * and names the first broken row. Read-only.
 */
export async function runAuditVerify(
  env: Readonly<Record<string, string | undefined>>,
): Promise<AuditVerifyOutcome> {
  const config = loadConfig(env);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('数据库尚有未执行的迁移：请先启动一次应用（启动时执行迁移）再校验');
    }
    const report = await auditServices(dataSource, config).verifier.verify();
    const summary = `已校验 ${report.checked} 条审计链记录（id ≤ ${report.genesisId} 的行早于审计链，未签名）`;
    if (report.firstBreak === null) {
      return { ok: true, lines: [`${summary}：审计链完整 / audit chain intact`] };
    }
    const { id, occurredAt, reason } = report.firstBreak;
    return {
      ok: false,
      lines: [
        `${summary}：发现 ${report.breaks} 处断裂 / audit chain BROKEN`,
        `第一处断裂：id=${id}${occurredAt ? `，时间=${occurredAt}` : ''}；${reason}`,
      ],
    };
  } finally {
    await dataSource.destroy();
  }
}
