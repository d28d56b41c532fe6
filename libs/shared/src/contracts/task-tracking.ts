import type { Deadline } from '../domain/deadline.js';
import type { DepartmentResponse } from './api.js';
import type { AttachmentResponse } from './attachments.js';
import type { TaskStatus } from '../domain/task-status.js';
import type { VersionedWrite } from './versioned.js';

/**
 * Task tracking: status changes, closure (销号) requests, extension / adjustment (延期 / 调整)
 * requests, leaders' instructions (批示) and the task's history. Instants are ISO-8601 UTC
 * strings; calendar dates "YYYY-MM-DD".
 */

/** A user as other records name them (who did it). */
export interface ActorRef {
  id: number;
  displayName: string;
}

/** The task a request or inbox row is about. */
export interface TrackedTaskRef {
  id: number;
  planId: number;
  code: string;
  title: string;
  jurisdictionCode: string;
}

// ---- history ---------------------------------------------------------------------------------

export const TASK_EVENT_TYPES = [
  'status_changed',
  'closure_requested',
  'closure_approved',
  'closure_rejected',
  'change_requested',
  'change_approved',
  'change_rejected',
  'instruction_written',
  'instruction_acknowledged',
] as const;
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];

export const TASK_EVENT_TYPE_LABELS: Record<TaskEventType, string> = {
  status_changed: '变更状态',
  closure_requested: '申请销号',
  closure_approved: '同意销号',
  closure_rejected: '退回销号申请',
  change_requested: '提出延期/调整申请',
  change_approved: '同意延期/调整申请',
  change_rejected: '退回延期/调整申请',
  instruction_written: '领导批示',
  instruction_acknowledged: '签收批示',
};

/**
 * One entry of a task's history. `fromStatus`/`toStatus` are set whenever the entry changed the
 * task's status (so "status as of a date" is the `toStatus` of the last such entry before it);
 * `before`/`after` hold the changed fields (and ids of the request or instruction concerned).
 */
export interface TaskEventResponse {
  id: number;
  taskId: number;
  type: TaskEventType;
  actor: ActorRef;
  occurredAt: string;
  reason: string | null;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// ---- status ----------------------------------------------------------------------------------

export interface ChangeTaskStatusRequest extends VersionedWrite {
  status: TaskStatus;
  reason: string;
}

/** The task's tracked state after a write: what a client needs to write again. */
export interface TaskStateResponse {
  id: number;
  status: TaskStatus;
  deadline: Deadline;
  /** The deadline the plan printed, kept once an extension changed it; null while unchanged. */
  originalDeadline: Deadline | null;
  version: number;
}

// ---- requests (closure, change) ---------------------------------------------------------------

export const REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  pending: '待审核',
  approved: '已同意',
  rejected: '已退回',
};

export interface RequestListQuery {
  status?: RequestStatus;
}

/** Office decisions: approve sends only the request's version, reject also a reason. */
export type ApproveRequest = VersionedWrite;

export interface RejectRequest extends VersionedWrite {
  reason: string;
}

export interface CreateClosureRequest extends VersionedWrite {
  note: string;
  /** Evidence files uploaded beforehand through POST /api/attachments (at least one). */
  attachmentIds: string[];
}

export interface ClosureRequestResponse {
  id: number;
  task: TrackedTaskRef;
  requestedBy: ActorRef;
  department: DepartmentResponse;
  note: string;
  attachments: AttachmentResponse[];
  status: RequestStatus;
  createdAt: string;
  decidedBy: ActorRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
}

export const CHANGE_REQUEST_KINDS = ['extension', 'adjustment'] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];

export const CHANGE_REQUEST_KIND_LABELS: Record<ChangeRequestKind, string> = {
  extension: '延期申请',
  adjustment: '调整申请',
};

/**
 * - extension (lead department only): a later deadline, `proposedDeadlineDate` and the text to
 *   print (`proposedDeadlinePrinted`, e.g. "2022年6月底前");
 * - adjustment (lead or support department): new wording (`proposedTitle`, `proposedBody`)
 *   and/or new ownership (`proposedLeadDepartmentIds` with `proposedSupportDepartmentIds`,
 *   always both, replacing the task's departments); at least one of them.
 */
export interface CreateChangeRequest {
  kind: ChangeRequestKind;
  reason: string;
  proposedDeadlineDate?: string;
  proposedDeadlinePrinted?: string;
  proposedTitle?: string;
  proposedBody?: string;
  proposedLeadDepartmentIds?: number[];
  proposedSupportDepartmentIds?: number[];
}

export interface ChangeRequestResponse {
  id: number;
  task: TrackedTaskRef;
  kind: ChangeRequestKind;
  requestedBy: ActorRef;
  department: DepartmentResponse;
  reason: string;
  proposedDeadline: { date: string; printed: string } | null;
  proposedTitle: string | null;
  proposedBody: string | null;
  /** Null when the request does not change ownership. */
  proposedLeadDepartments: DepartmentResponse[] | null;
  proposedSupportDepartments: DepartmentResponse[] | null;
  status: RequestStatus;
  createdAt: string;
  decidedBy: ActorRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
}

// ---- instructions (批示) -----------------------------------------------------------------------

export interface CreateInstructionRequest {
  text: string;
}

export interface InstructionAckResponse {
  department: DepartmentResponse;
  acknowledgedBy: ActorRef | null;
  acknowledgedAt: string | null;
}

export interface InstructionResponse {
  id: number;
  taskId: number | null;
  noticeId: number | null;
  author: ActorRef;
  text: string;
  createdAt: string;
  /** One row per concerned department (the task's lead and support departments when written). */
  acknowledgements: InstructionAckResponse[];
}
