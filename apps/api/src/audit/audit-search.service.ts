import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  AUDIT_EXPORT_MAX_ROWS,
  AUDIT_PAGE_SIZE_DEFAULT,
  type AuditLogFilter,
  type AuditLogPageResponse,
  type AuditLogQuery,
  chinaDateOf,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { AUDIT_CSV_HEADER, auditCsvFields, CSV_BOM, csvLine } from './audit-csv.js';
import { auditDateRangeInvalid, auditExportTooLarge } from './audit.errors.js';
import { toAuditLogEntryResponse } from './audit.mapper.js';
import { type AuditLogCriteria, AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

/** Rows an export reads per query: bounded memory whatever the export's size. */
const EXPORT_BATCH_SIZE = 1000;

export interface AuditExport {
  fileName: string;
  /** CSV text, produced batch by batch as the client reads. */
  content: Readable;
}

/**
 * Search and export for the office. A reader sees the rows of the jurisdictions it may read
 * (AccessPolicy: a city office also its counties); rows are scoped by the actor's jurisdiction.
 */
@Injectable()
export class AuditSearchService {
  constructor(
    private readonly auditLog: AuditRepository,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async search(user: SessionUser, query: AuditLogQuery): Promise<AuditLogPageResponse> {
    const criteria = await this.criteria(user, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE_DEFAULT;
    const { rows, total } = await this.auditLog.findPage(criteria, (page - 1) * pageSize, pageSize);
    return { items: rows.map(toAuditLogEntryResponse), total, page, pageSize };
  }

  /** Refuses (400) before sending anything when the selection exceeds AUDIT_EXPORT_MAX_ROWS. */
  async export(user: SessionUser, filter: AuditLogFilter): Promise<AuditExport> {
    // Rows appended while the client downloads are not part of this export.
    const criteria = {
      ...(await this.criteria(user, filter)),
      upToId: await this.auditLog.maxId(),
    };
    const rows = await this.auditLog.count(criteria);
    if (rows > AUDIT_EXPORT_MAX_ROWS) throw auditExportTooLarge();
    // Taking the log away is itself worth a row: who exported what.
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        action: 'audit.export',
        targetType: 'audit_log',
        targetId: null,
        after: { filter, rows },
      }),
    );
    return {
      fileName: `audit-log-${chinaDateOf(this.clock.now())}.csv`,
      content: Readable.from(this.csvChunks(criteria)),
    };
  }

  private async *csvChunks(criteria: AuditLogCriteria): AsyncGenerator<string> {
    yield CSV_BOM + csvLine(AUDIT_CSV_HEADER);
    let beforeId: number | null = null;
    for (;;) {
      const rows = await this.auditLog.findBatch(criteria, beforeId, EXPORT_BATCH_SIZE);
      if (rows.length > 0) {
        yield rows.map((row) => csvLine(auditCsvFields(toAuditLogEntryResponse(row)))).join('');
      }
      if (rows.length < EXPORT_BATCH_SIZE) return;
      beforeId = rows[rows.length - 1]!.id;
    }
  }

  private async criteria(user: SessionUser, filter: AuditLogFilter): Promise<AuditLogCriteria> {
    if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
      throw auditDateRangeInvalid();
    }
    let jurisdictionCodes: string[];
    if (filter.jurisdictionCode === undefined) {
      jurisdictionCodes = await this.access.readableJurisdictionCodes(user);
    } else {
      await this.access.assertCanReadJurisdiction(user, filter.jurisdictionCode);
      jurisdictionCodes = [filter.jurisdictionCode];
    }
    return {
      jurisdictionCodes,
      occurredFrom: filter.from === undefined ? undefined : startOfChinaDay(filter.from),
      occurredBefore: filter.to === undefined ? undefined : startOfChinaDay(addDays(filter.to, 1)),
      actorUsername: filter.actor,
      actionPrefix: filter.action,
      targetType: filter.targetType,
      targetId: filter.targetId,
      outcome: filter.outcome,
    };
  }
}

/** The instant a calendar date begins in China (UTC+8, no daylight saving). */
function startOfChinaDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
