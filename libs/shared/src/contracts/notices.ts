import type { DepartmentResponse } from './api.js';
import type { VersionedWrite } from './versioned.js';

/**
 * Supervision notices (督办). The office addresses a notice to a department about a task, a
 * problem or generally: draft → issued (the department is notified) → answered (the
 * department replies) → closed (the office closes it). The scheduler drafts notices for overdue
 * tasks and missing monthly reports; the office issues or discards them.
 */
export const NOTICE_LEVELS = ['reminder', 'supervision', 'circular'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

export const NOTICE_LEVEL_LABELS: Record<NoticeLevel, string> = {
  reminder: '提醒',
  supervision: '督办',
  circular: '通报',
};

export const NOTICE_STATUSES = ['draft', 'issued', 'answered', 'closed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  draft: '草稿',
  issued: '已下发（待回复）',
  answered: '已回复',
  closed: '已办结',
};

export const NOTICE_ORIGINS = ['manual', 'auto_overdue_task', 'auto_missing_report'] as const;
export type NoticeOrigin = (typeof NOTICE_ORIGINS)[number];

export const NOTICE_ORIGIN_LABELS: Record<NoticeOrigin, string> = {
  manual: '人工填写',
  auto_overdue_task: '系统生成：任务逾期',
  auto_missing_report: '系统生成：月报未报送',
};

export const NOTICE_EVENT_ACTIONS = [
  'drafted',
  'issued',
  'answered',
  'closed',
  'discarded',
] as const;
export type NoticeEventAction = (typeof NOTICE_EVENT_ACTIONS)[number];

/** POST /api/notices (office). */
export interface CreateNoticeRequest {
  departmentId: number;
  /** At most one of taskId / problemId. */
  taskId?: number;
  problemId?: number;
  reason: string;
  level: NoticeLevel;
  responseDue: string;
  /** true: issue at once (the department is notified); false / omitted: keep as a draft. */
  issue?: boolean;
}

/**
 * PATCH /api/notices/:id (office): edits a draft — the office's own or the scheduler's — before it
 * is issued. Only the fields sent change; issued notices are no longer editable (409).
 */
export interface UpdateNoticeRequest extends VersionedWrite {
  departmentId?: number;
  reason?: string;
  level?: NoticeLevel;
  responseDue?: string;
}

/** POST /api/notices/:id/issue: a draft may be adjusted as it is issued. */
export interface IssueNoticeRequest extends VersionedWrite {
  reason?: string;
  level?: NoticeLevel;
  responseDue?: string;
}

/** POST /api/notices/:id/answer (the addressed department). */
export interface AnswerNoticeRequest extends VersionedWrite {
  response: string;
}

/** POST /api/notices/:id/close (office). */
export interface CloseNoticeRequest extends VersionedWrite {
  reason?: string;
}

export interface NoticeListQuery {
  status?: NoticeStatus;
  departmentId?: number;
  taskId?: number;
}

export interface NoticeEventResponse {
  id: number;
  action: NoticeEventAction;
  /** null for drafts the system made. */
  actorUserId: number | null;
  actorName: string | null;
  reason: string | null;
  at: string;
}

export interface NoticeResponse {
  id: number;
  jurisdictionCode: string;
  department: DepartmentResponse;
  task: { id: number; code: string; title: string } | null;
  problemId: number | null;
  reason: string;
  level: NoticeLevel;
  responseDue: string;
  status: NoticeStatus;
  origin: NoticeOrigin;
  response: string | null;
  answeredByUserId: number | null;
  answeredAt: string | null;
  issuedByUserId: number | null;
  issuedAt: string | null;
  closedByUserId: number | null;
  closedAt: string | null;
  createdAt: string;
  version: number;
}

export interface NoticeDetailResponse extends NoticeResponse {
  events: NoticeEventResponse[];
}
