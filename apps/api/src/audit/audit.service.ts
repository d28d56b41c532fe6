import { Inject, Injectable } from '@nestjs/common';
import type { AuditOutcome, Role, SessionUser } from '@bizenv/shared';
import { currentRequest } from '../access/request-context.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { EntityManager } from '../database/entity-manager.js';
import { chainHmac } from './audit-chain.js';
import { AuditChainRepository } from './audit-chain.repository.js';
import { AUDIT_COLUMN_LENGTHS } from './audit-log.entity.js';
import { toAuditJson } from './audit-json.js';
import { type AuditLogRow, AuditRepository } from './audit.repository.js';

/** Who acted. Defaults to the signed-in user of the current request. */
export interface AuditActor {
  id: number | null;
  username: string;
  role: Role | null;
  jurisdictionCode: string | null;
}

/**
 * The actor of work no user started (start-up, commands, scheduled jobs). Spread it with a
 * jurisdictionCode to make the row visible to that jurisdiction's office.
 */
export const SYSTEM_ACTOR: AuditActor = Object.freeze({
  id: null,
  username: 'system',
  role: null,
  jurisdictionCode: null,
});

export interface AuditEntry {
  /** Dotted, feature first, lower case: 'auth.login', 'task.status.change'. */
  action: string;
  targetType: string;
  targetId: string | number | null;
  /** The changed fields before and after; secrets are redacted and the size is capped. */
  before?: unknown;
  after?: unknown;
  outcome?: AuditOutcome;
  /** Only when it is not the signed-in user (a failed login names the username tried). */
  actor?: AuditActor;
}

const ACTION_FORMAT = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * Appends audit rows. Call it inside the transaction of the write it describes, with that
 * transaction's manager: a rolled-back write leaves no row, a committed one always has its row.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly auditLog: AuditRepository,
    private readonly chain: AuditChainRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'security'>,
  ) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // A malformed action or target is a programming error: fail the write rather than log junk.
    if (!ACTION_FORMAT.test(entry.action) || entry.action.length > AUDIT_COLUMN_LENGTHS.action) {
      throw new Error(`Invalid audit action "${entry.action}"`);
    }
    const targetId = entry.targetId === null ? null : String(entry.targetId);
    if (entry.targetType.length > AUDIT_COLUMN_LENGTHS.targetType) {
      throw new Error(`Audit target type too long: "${entry.targetType}"`);
    }
    if (targetId !== null && targetId.length > AUDIT_COLUMN_LENGTHS.targetId) {
      throw new Error(`Audit target id too long: "${targetId}"`);
    }
    const request = currentRequest();
    const actor = entry.actor ?? actorOf(request.user) ?? SYSTEM_ACTOR;
    await this.append(manager, {
      occurredAt: this.clock.now(),
      actorUserId: actor.id,
      // Attempted usernames and proxy-supplied values are not ours to trust in length.
      actorUsername: clip(actor.username, AUDIT_COLUMN_LENGTHS.actorUsername),
      actorRole: actor.role,
      jurisdictionCode: actor.jurisdictionCode,
      ip: request.ip === null ? null : clip(request.ip, AUDIT_COLUMN_LENGTHS.ip),
      requestId:
        request.requestId === null ? null : clip(request.requestId, AUDIT_COLUMN_LENGTHS.requestId),
      action: entry.action,
      targetType: entry.targetType,
      targetId,
      outcome: entry.outcome ?? 'success',
      beforeJson: toAuditJson(entry.before),
      afterJson: toAuditJson(entry.after),
    });
  }

  /**
   * Signs the row into the chain: the head is locked until the caller's transaction ends, so
   * concurrent appends queue and the chain cannot fork; a rolled-back write leaves the head as
   * it was.
   */
  private async append(manager: EntityManager, row: AuditLogRow): Promise<void> {
    const head = await this.chain.lockHead(manager);
    const id = await this.chain.nextId(manager);
    const key = this.config.security.auditHmacKeys.current;
    const hmac = chainHmac(key.secret, head.headHmac, {
      id,
      occurred_at: row.occurredAt,
      actor_user_id: row.actorUserId,
      actor_username: row.actorUsername,
      actor_role: row.actorRole,
      jurisdiction_code: row.jurisdictionCode,
      ip: row.ip,
      request_id: row.requestId,
      action: row.action,
      target_type: row.targetType,
      target_id: row.targetId,
      outcome: row.outcome,
      before_json: row.beforeJson,
      after_json: row.afterJson,
      key_id: key.id,
    });
    await this.auditLog.insert(manager, { ...row, id, chainHmac: hmac, keyId: key.id });
    await this.chain.moveHead(manager, id, hmac);
  }
}

function actorOf(user: SessionUser | null): AuditActor | null {
  if (!user) return null;
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    jurisdictionCode: user.jurisdictionCode,
  };
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, length);
}
