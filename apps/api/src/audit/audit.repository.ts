import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditOutcome } from '@bizenv/shared';
import { type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity.js';

/** A new audit row: everything but the id and the chain columns, which the append sets. */
export type AuditLogRow = Omit<
  AuditLogEntity,
  'id' | 'jurisdiction' | 'actorUser' | 'chainHmac' | 'keyId'
>;

/** The chain columns of a purged row, read before it is deleted. */
export interface PurgedRow {
  id: number;
  occurredAt: Date;
  chainHmac: string | null;
}

/** Which rows a search or export selects. Instants are UTC; `occurredBefore` is exclusive. */
export interface AuditLogCriteria {
  /** Rows of these jurisdictions only (the reader's scope); empty selects nothing. */
  jurisdictionCodes: string[];
  occurredFrom?: Date;
  occurredBefore?: Date;
  actorUsername?: string;
  /** An action or the dotted prefix of actions ('task' → 'task.status.change'). */
  actionPrefix?: string;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  /** Rows with an id up to this one: a snapshot for an export read in batches. */
  upToId?: number;
}

const PURGE_BATCH = 1000;

/** The only code that touches the audit_log table (the chain's bookkeeping aside). */
@Injectable()
export class AuditRepository {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly auditLog: Repository<AuditLogEntity>,
  ) {}

  /** Inserts one signed row inside the caller's transaction (AuditService.record signs it). */
  async insert(
    manager: EntityManager,
    row: AuditLogRow & { id: number; chainHmac: string; keyId: string },
  ): Promise<void> {
    if (manager.connection.options.type !== 'postgres') {
      await manager.insert(AuditLogEntity, row);
      return;
    }
    // TypeORM leaves a SERIAL column to its default even when given a value; the id was taken
    // from the sequence already (AuditChainRepository.nextId) and is part of what is signed.
    const values = [
      row.id,
      row.occurredAt,
      row.actorUserId,
      row.actorUsername,
      row.actorRole,
      row.jurisdictionCode,
      row.ip,
      row.requestId,
      row.action,
      row.targetType,
      row.targetId,
      row.outcome,
      row.beforeJson,
      row.afterJson,
      row.chainHmac,
      row.keyId,
    ];
    await manager.query(
      `INSERT INTO "audit_log" ("id", "occurred_at", "actor_user_id", "actor_username", "actor_role", "jurisdiction_code", "ip", "request_id", "action", "target_type", "target_id", "outcome", "before_json", "after_json", "chain_hmac", "key_id") VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')})`,
      values,
    );
  }

  /** One page, newest first. The id is the append order: unique, so paging is stable. */
  async findPage(
    criteria: AuditLogCriteria,
    offset: number,
    limit: number,
  ): Promise<{ rows: AuditLogEntity[]; total: number }> {
    if (criteria.jurisdictionCodes.length === 0) return { rows: [], total: 0 };
    const [rows, total] = await this.select(criteria)
      .orderBy('a.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { rows, total };
  }

  async count(criteria: AuditLogCriteria): Promise<number> {
    if (criteria.jurisdictionCodes.length === 0) return 0;
    return this.select(criteria).getCount();
  }

  /** The newest id, or 0 for an empty table. */
  async maxId(): Promise<number> {
    const row = await this.auditLog
      .createQueryBuilder('a')
      .select('MAX(a.id)', 'maxId')
      .getRawOne<{ maxId: number | string | null }>();
    return Number(row?.maxId ?? 0);
  }

  /**
   * Up to `limit` rows newest first, below `beforeId` when given (the last id of the previous
   * batch): keyset paging for exports.
   */
  findBatch(
    criteria: AuditLogCriteria,
    beforeId: number | null,
    limit: number,
  ): Promise<AuditLogEntity[]> {
    if (criteria.jurisdictionCodes.length === 0) return Promise.resolve([]);
    const query = this.select(criteria);
    if (beforeId !== null) query.andWhere('a.id < :beforeId', { beforeId });
    return query.orderBy('a.id', 'DESC').limit(limit).getMany();
  }

  /**
   * Deletes rows older than `days` days. The cutoff is the database's clock, the same one the
   * DELETE trigger checks, so no row the purge selects can be refused half-way.
   */
  async purgeOlderThan(
    manager: EntityManager,
    days: number,
    beforeDelete: (rows: PurgedRow[]) => Promise<void>,
  ): Promise<number> {
    const [cutoff, parameters] =
      manager.connection.options.type === 'postgres'
        ? ['a.occurred_at < now() - make_interval(days => :days)', { days }]
        : [`julianday(a.occurred_at) < julianday('now', :modifier)`, { modifier: `-${days} days` }];
    let deleted = 0;
    for (;;) {
      const rows = await manager
        .createQueryBuilder(AuditLogEntity, 'a')
        .select(['a.id', 'a.occurredAt', 'a.chainHmac'])
        .where(cutoff, parameters)
        .orderBy('a.id', 'ASC')
        .limit(PURGE_BATCH)
        .getMany();
      if (rows.length === 0) return deleted;
      // The chain keeps what it needs of the rows (tombstones) in the same transaction.
      await beforeDelete(rows);
      await manager.delete(
        AuditLogEntity,
        rows.map((row) => row.id),
      );
      deleted += rows.length;
    }
  }

  private select(criteria: AuditLogCriteria): SelectQueryBuilder<AuditLogEntity> {
    const query = this.auditLog
      .createQueryBuilder('a')
      .where('a.jurisdictionCode IN (:...codes)', { codes: criteria.jurisdictionCodes });
    if (criteria.occurredFrom) {
      query.andWhere('a.occurredAt >= :occurredFrom', { occurredFrom: criteria.occurredFrom });
    }
    if (criteria.occurredBefore) {
      query.andWhere('a.occurredAt < :occurredBefore', { occurredBefore: criteria.occurredBefore });
    }
    if (criteria.actorUsername !== undefined) {
      query.andWhere('a.actorUsername = :actorUsername', { actorUsername: criteria.actorUsername });
    }
    if (criteria.actionPrefix !== undefined) {
      query.andWhere(`(a.action = :action OR a.action LIKE :actionLike ESCAPE '\\')`, {
        action: criteria.actionPrefix,
        actionLike: `${escapeLike(criteria.actionPrefix)}.%`,
      });
    }
    if (criteria.targetType !== undefined) {
      query.andWhere('a.targetType = :targetType', { targetType: criteria.targetType });
    }
    if (criteria.targetId !== undefined) {
      query.andWhere('a.targetId = :targetId', { targetId: criteria.targetId });
    }
    if (criteria.outcome !== undefined) {
      query.andWhere('a.outcome = :outcome', { outcome: criteria.outcome });
    }
    if (criteria.upToId !== undefined) {
      query.andWhere('a.id <= :upToId', { upToId: criteria.upToId });
    }
    return query;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
