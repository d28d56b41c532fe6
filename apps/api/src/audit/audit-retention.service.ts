import { Injectable } from '@nestjs/common';
import { AUDIT_RETENTION_DAYS } from '@bizenv/shared';
import { TransactionRunner } from '../database/transaction-runner.js';
import { AuditRepository } from './audit.repository.js';
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
  ) {}

  /** Deletes rows older than `retentionDays` days and records that it did; returns how many. */
  purge(retentionDays: number = AUDIT_RETENTION_DAYS): Promise<number> {
    assertRetentionDays(retentionDays);
    return this.transactions.run(async (manager) => {
      const deleted = await this.auditLog.purgeOlderThan(manager, retentionDays);
      await this.audit.record(manager, {
        action: 'audit.purge',
        targetType: 'audit_log',
        targetId: null,
        after: { retentionDays, deleted },
      });
      return deleted;
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
