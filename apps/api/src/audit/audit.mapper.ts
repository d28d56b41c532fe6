import type { AuditLogEntryResponse } from '@bizenv/shared';
import type { AuditLogEntity } from './audit-log.entity.js';
import { fromAuditJson } from './audit-json.js';

export function toAuditLogEntryResponse(row: AuditLogEntity): AuditLogEntryResponse {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actorRole: row.actorRole,
    jurisdictionCode: row.jurisdictionCode,
    ip: row.ip,
    requestId: row.requestId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    before: fromAuditJson(row.beforeJson),
    after: fromAuditJson(row.afterJson),
  };
}
