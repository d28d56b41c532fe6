import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { canonicalInstant, chainHmac, secretOf, tombstoneHmac } from './audit-chain.js';
import { AuditChainRepository, type StoredChainRow } from './audit-chain.repository.js';
import type { AuditLogPurgedEntity } from './audit-log-purged.entity.js';

const BATCH = 1000;

/** Where the chain breaks and why, in words for the operator. */
export interface ChainBreak {
  id: number;
  occurredAt: string;
  reason: string;
}

export interface ChainReport {
  /** Rows and tombstones checked. */
  checked: number;
  /** Rows written before the chain existed (not signed). */
  genesisId: number;
  breaks: number;
  firstBreak: ChainBreak | null;
}

type Link =
  { kind: 'row'; row: StoredChainRow } | { kind: 'tombstone'; tombstone: AuditLogPurgedEntity };

/**
 * Walks the audit chain from its start to its head. Each link is checked against the stored
 * value of the one before it, so a changed row breaks only itself and the report points at it;
 * a deleted row shows as a gap before the next one.
 */
@Injectable()
export class AuditVerifierService {
  constructor(
    private readonly chain: AuditChainRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'security'>,
  ) {}

  async verify(): Promise<ChainReport> {
    const head = await this.chain.readHead();
    const report: ChainReport = {
      checked: 0,
      genesisId: head.genesisId,
      breaks: 0,
      firstBreak: null,
    };
    const fail = (id: number, occurredAt: string, reason: string) => {
      report.breaks++;
      report.firstBreak ??= { id, occurredAt, reason };
    };
    let previous = { id: head.genesisId, hmac: '' };
    for await (const link of this.links(head.genesisId)) {
      report.checked++;
      const id = Number(link.kind === 'row' ? link.row.id : link.tombstone.id);
      const gap =
        id !== previous.id + 1
          ? `；其前缺少 id ${previous.id + 1}–${id - 1}（行被删除或事务回滚）`
          : '';
      const problem =
        link.kind === 'row'
          ? this.checkRow(link.row, previous.hmac)
          : this.checkTombstone(link.tombstone);
      const hmac = link.kind === 'row' ? link.row.chain_hmac : link.tombstone.chainHmac;
      const occurredAt =
        link.kind === 'row' ? canonicalInstant(link.row.occurred_at) : link.tombstone.occurredAt;
      if (problem !== null) fail(id, occurredAt, problem + gap);
      previous = { id, hmac: hmac ?? '' };
    }
    if (previous.id !== head.headId || previous.hmac !== head.headHmac) {
      fail(
        head.headId,
        '',
        `链头记录 id ${head.headId}，但最后一行为 id ${previous.id}：链尾的行被删除或链头被改动`,
      );
    }
    return report;
  }

  /** Null when the row is intact, else what is wrong with it. */
  private checkRow(row: StoredChainRow, previousHmac: string): string | null {
    if (row.chain_hmac === null) return '缺少链值 chain_hmac（未经系统写入的行）';
    const secret = secretOf(this.config.security.auditHmacKeys, row.key_id);
    if (secret === null)
      return `密钥编号 ${String(row.key_id)} 不在 AUDIT_HMAC_KEY 中（或 key_id 被改动）`;
    const expected = chainHmac(secret, previousHmac, row);
    if (expected !== row.chain_hmac) {
      return `内容与链值不符：该行的某列（时间、操作人、操作、对象、前后值等）或其 chain_hmac 被改动；存储值 ${row.chain_hmac.slice(0, 16)}…，按内容计算 ${expected.slice(0, 16)}…`;
    }
    return null;
  }

  private checkTombstone(tombstone: AuditLogPurgedEntity): string | null {
    const secret = secretOf(this.config.security.auditHmacKeys, tombstone.keyId);
    if (secret === null || tombstoneHmac(secret, tombstone) !== tombstone.tombstoneHmac) {
      return '清理记录（audit_log_purged）的签名不符：不是由清理命令写入的';
    }
    return null;
  }

  /** Rows and tombstones after the genesis, merged in id order, read in batches. */
  private async *links(genesisId: number): AsyncGenerator<Link> {
    const rows = batches(genesisId, (after) => this.chain.rowsAfter(after, BATCH));
    const tombstones = batches(genesisId, (after) => this.chain.tombstonesAfter(after, BATCH));
    let row = await rows.next();
    let tombstone = await tombstones.next();
    while (!row.done || !tombstone.done) {
      if (!row.done && (tombstone.done || Number(row.value.id) < Number(tombstone.value.id))) {
        yield { kind: 'row', row: row.value };
        row = await rows.next();
      } else if (!tombstone.done) {
        yield { kind: 'tombstone', tombstone: tombstone.value };
        tombstone = await tombstones.next();
      }
    }
  }
}

async function* batches<T extends { id: number }>(
  start: number,
  read: (afterId: number) => Promise<T[]>,
): AsyncGenerator<T> {
  let after = start;
  for (;;) {
    const batch = await read(after);
    if (batch.length === 0) return;
    yield* batch;
    after = Number(batch.at(-1)!.id);
  }
}
