import type { IndicatorCode } from '../domain/indicators.js';
import type { DepartmentResponse } from './api.js';
import type { AttachmentResponse } from './attachments.js';
import type { VersionedWrite } from './versioned.js';

/**
 * Problems and their rectification (问题清单 / 整改清单). A problem belongs to a task or to an
 * indicator (exactly one), has an owner department that rectifies it by a deadline, and goes
 * rectifying (整改中) → rectified (已整改, the owner says so) → closed (已销号, the office
 * confirms). The office may send a rectified problem back to rectifying. Instants are ISO-8601
 * UTC strings; calendar dates "YYYY-MM-DD".
 */
export const PROBLEM_SOURCES = ['self_found', 'evaluation', 'supervision', 'hotline'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

export const PROBLEM_SOURCE_LABELS: Record<ProblemSource, string> = {
  self_found: '自查发现',
  evaluation: '评价反馈',
  supervision: '督查发现',
  hotline: '12345热线',
};

export const PROBLEM_STATUSES = ['rectifying', 'rectified', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  rectifying: '整改中',
  rectified: '已整改',
  closed: '已销号',
};

/** Statuses a PATCH may set; closing has its own route. */
export const PROBLEM_EDITABLE_STATUSES = ['rectifying', 'rectified'] as const;
export type ProblemEditableStatus = (typeof PROBLEM_EDITABLE_STATUSES)[number];

export const PROBLEM_EVENT_ACTIONS = [
  'created',
  'updated',
  'rectified',
  'reopened',
  'closed',
] as const;
export type ProblemEventAction = (typeof PROBLEM_EVENT_ACTIONS)[number];

export const PROBLEM_EVENT_ACTION_LABELS: Record<ProblemEventAction, string> = {
  created: '登记问题',
  updated: '修改',
  rectified: '标记已整改',
  reopened: '退回整改',
  closed: '销号',
};

/** POST /api/problems. */
export interface CreateProblemRequest {
  /** Exactly one of taskId / indicator. */
  taskId?: number;
  /** An indicator problem belongs to the office's own jurisdiction. */
  indicator?: IndicatorCode;
  source: ProblemSource;
  description: string;
  measure?: string;
  ownerDepartmentId: number;
  deadline: string;
  attachmentIds?: string[];
}

/**
 * PATCH /api/problems/:id. The owner department may change description, measure,
 * attachmentIds and status; the office may change every field. `attachmentIds` replaces the
 * whole evidence list.
 */
export interface UpdateProblemRequest extends VersionedWrite {
  description?: string;
  measure?: string;
  source?: ProblemSource;
  ownerDepartmentId?: number;
  deadline?: string;
  status?: ProblemEditableStatus;
  attachmentIds?: string[];
  /** Why (kept in the problem's history), e.g. why the office sent it back. */
  reason?: string;
}

/** POST /api/problems/:id/close. */
export interface CloseProblemRequest extends VersionedWrite {
  reason?: string;
}

export interface ProblemListQuery {
  status?: ProblemStatus;
  taskId?: number;
  departmentId?: number;
  indicator?: IndicatorCode;
}

export interface ProblemTaskRef {
  id: number;
  code: string;
  title: string;
}

export interface ProblemResponse {
  id: number;
  jurisdictionCode: string;
  task: ProblemTaskRef | null;
  indicator: IndicatorCode | null;
  source: ProblemSource;
  description: string;
  measure: string | null;
  ownerDepartment: DepartmentResponse;
  deadline: string;
  status: ProblemStatus;
  rectifiedAt: string | null;
  closedAt: string | null;
  closedByUserId: number | null;
  createdByUserId: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProblemEventResponse {
  id: number;
  action: ProblemEventAction;
  actorUserId: number;
  actorName: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

export interface ProblemDetailResponse extends ProblemResponse {
  attachments: AttachmentResponse[];
  events: ProblemEventResponse[];
}
