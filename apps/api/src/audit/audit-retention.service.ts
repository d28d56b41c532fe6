import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_RETENTION_DAYS } from '@bizenv/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { canonicalInstant, tombstoneHmac } from './audit-chain.js';
import { AuditChainRepository } from './audit-chain.repository.js';
import { AuditRepository, type PurgedRow } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** Longest retention accepted, only to catch typos (100 years). */
const MAX_RETENTION_DAYS = 36_500;

/**
 * The retention purge: the only way audit rows are ever deleted. The database's DELETE trigger
 * refuses rows younger than AUDIT_RETENTION_DAYS, so a shorter retention is refused here first
 * with a clear message instead of failing in the trigger.
 */
@Injectable()
export class AuditRetentionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly auditLog: AuditRepository,
    private readonly audit: AuditService,
    private readonly chain: AuditChainRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'security'>,
  ) {}

  /** Deletes rows older than `retentionDays` days and records that it did; returns how many. */
  purge(retentionDays: number = AUDIT_RETENTION_DAYS): Promise<number> {
    assertRetentionDays(retentionDays);
    return this.transactions.run(async (manager) => {
      const deleted = await this.auditLog.purgeOlderThan(manager, retentionDays, (rows) =>
        this.chain.insertTombstones(manager, this.tombstones(rows)),
      );
      await this.audit.record(manager, {
        action: 'audit.purge',
        targetType: 'audit_log',
        targetId: null,
        after: { retentionDays, deleted },
      });
      return deleted;
    });
  }

  /** Signed stand-ins for purged chained rows, so the rows after them still verify. */
  private tombstones(rows: PurgedRow[]) {
    const key = this.config.security.auditHmacKeys.current;
    return rows.flatMap((row) => {
      if (row.chainHmac === null) return [];
      const tombstone = {
        id: row.id,
        occurredAt: canonicalInstant(row.occurredAt),
        chainHmac: row.chainHmac,
      };
      return [{ ...tombstone, keyId: key.id, tombstoneHmac: tombstoneHmac(key.secret, tombstone) }];
    });
  }
}

export class RetentionDaysError extends Error {
  override readonly name = 'RetentionDaysError';
}

export function assertRetentionDays(days: number): void {
  if (!Number.isInteger(days) || days < AUDIT_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new RetentionDaysError(
      `保留天数须为 ${AUDIT_RETENTION_DAYS} 到 ${MAX_RETENTION_DAYS} 之间的整数（审计记录至少保留 ${AUDIT_RETENTION_DAYS} 天）`,
    );
  }
}
