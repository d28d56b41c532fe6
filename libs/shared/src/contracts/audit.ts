import type { Role } from '../domain/roles.js';

/** Whether the audited action took effect. Failed logins are recorded as 'failure'. */
export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: '成功',
  failure: '失败',
};

/**
 * Audit rows are kept at least this long; the purge command refuses anything shorter. The
 * Cybersecurity Law asks for six months of logs: 183 days cover any six calendar months.
 * The DELETE trigger of migration 1764500000000 uses the same number: change both together.
 */
export const AUDIT_RETENTION_DAYS = 183;

/** Most rows one CSV export may hold; a larger selection must be narrowed by its filters. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

export const AUDIT_PAGE_SIZE_DEFAULT = 50;
export const AUDIT_PAGE_SIZE_MAX = 200;

/**
 * Filters of GET /api/audit and GET /api/audit/export. Dates are calendar dates in China time
 * (UTC+8), both inclusive.
 */
export interface AuditLogFilter {
  from?: string;
  to?: string;
  /** Exact username (for failed logins: the username that was tried). */
  actor?: string;
  /** 'task' matches 'task', 'task.status.change' and every other 'task.…' action. */
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  /** One readable jurisdiction (a city office narrowing to a county); default all readable. */
  jurisdictionCode?: string;
}

export interface AuditLogQuery extends AuditLogFilter {
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** One audit row. `before`/`after` are the changed fields, secrets redacted. */
export interface AuditLogEntryResponse {
  id: number;
  /** ISO 8601 instant (UTC). */
  occurredAt: string;
  actorUserId: number | null;
  actorUsername: string;
  actorRole: Role | null;
  jurisdictionCode: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: AuditOutcome;
  before: unknown;
  after: unknown;
}

/** A page of audit rows, newest first (by id: the order rows were appended). */
export interface AuditLogPageResponse {
  items: AuditLogEntryResponse[];
  total: number;
  page: number;
  pageSize: number;
}
