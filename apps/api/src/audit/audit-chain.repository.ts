import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AuditChainEntity } from './audit-chain.entity.js';
import type { ChainedRowValues } from './audit-chain.js';
import { AuditLogPurgedEntity } from './audit-log-purged.entity.js';
import { AuditLogEntity } from './audit-log.entity.js';

const HEAD_ID = 1;

/** A stored audit row as the verifier reads it: raw column values. */
export interface StoredChainRow extends ChainedRowValues {
  chain_hmac: string | null;
}

/** Reads and writes of the chain's bookkeeping: head, ids, tombstones. */
@Injectable()
export class AuditChainRepository {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly auditLog: Repository<AuditLogEntity>,
  ) {}

  /**
   * Locks the chain head for the rest of the caller's transaction and returns it. On PostgreSQL
   * `FOR UPDATE` makes concurrent appends queue here; on SQLite the TransactionRunner already
   * runs one transaction at a time.
   */
  async lockHead(manager: EntityManager): Promise<AuditChainEntity> {
    if (manager.queryRunner?.isTransactionActive !== true) {
      throw new Error('Audit rows are appended inside the transaction of their write');
    }
    const query = manager
      .createQueryBuilder(AuditChainEntity, 'c')
      .where('c.id = :id', { id: HEAD_ID });
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const head = await query.getOne();
    if (!head) throw new Error('audit_chain head row missing: migration 1764500000000 not run?');
    return head;
  }

  /** Takes the next id of audit_log, so the row can be signed with its id before it is inserted. */
  async nextId(manager: EntityManager): Promise<number> {
    if (manager.connection.options.type === 'postgres') {
      const [row] = await manager.query(
        `SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS "id"`,
      );
      return Number(row.id);
    }
    // AUTOINCREMENT never reuses an id, even of purged rows: follow its counter, not MAX(id).
    const [row] = await manager.query(
      `SELECT coalesce((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'audit_log'), 0) + 1 AS "id"`,
    );
    return Number(row.id);
  }

  async moveHead(manager: EntityManager, headId: number, headHmac: string): Promise<void> {
    await manager.update(AuditChainEntity, { id: HEAD_ID }, { headId, headHmac });
  }

  async readHead(): Promise<AuditChainEntity> {
    const head = await this.auditLog.manager.findOneBy(AuditChainEntity, { id: HEAD_ID });
    if (!head) throw new Error('audit_chain head row missing: migration 1764500000000 not run?');
    return head;
  }

  /** Up to `limit` stored rows with an id above `afterId`, in chain order, as raw values. */
  rowsAfter(afterId: number, limit: number): Promise<StoredChainRow[]> {
    const postgres = this.auditLog.manager.connection.options.type === 'postgres';
    const [after, count] = postgres ? ['$1', '$2'] : ['?', '?'];
    return this.auditLog.query(
      `SELECT "id", "occurred_at", "actor_user_id", "actor_username", "actor_role", "jurisdiction_code", "ip", "request_id", "action", "target_type", "target_id", "outcome", "before_json", "after_json", "key_id", "chain_hmac" FROM "audit_log" WHERE "id" > ${after} ORDER BY "id" LIMIT ${count}`,
      [afterId, limit],
    ) as Promise<StoredChainRow[]>;
  }

  tombstonesAfter(afterId: number, limit: number): Promise<AuditLogPurgedEntity[]> {
    return this.auditLog.manager
      .createQueryBuilder(AuditLogPurgedEntity, 't')
      .where('t.id > :afterId', { afterId })
      .orderBy('t.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  async insertTombstones(
    manager: EntityManager,
    tombstones: AuditLogPurgedEntity[],
  ): Promise<void> {
    if (tombstones.length > 0) await manager.insert(AuditLogPurgedEntity, tombstones);
  }
}
