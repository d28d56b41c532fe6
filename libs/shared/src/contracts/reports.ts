import type { ReportTimeliness } from '../reporting/timeliness.js';
import type { TaskStatus } from '../domain/task-status.js';
import type { AttachmentResponse } from './attachments.js';

/** Lifecycle of a progress report: draft → submitted → accepted, or → returned → submitted… */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已报送（待审核）',
  returned: '已退回',
  accepted: '已通过',
};

/** The department's role on the task when the report was created (牵头 / 配合). */
export const REPORT_ROLES = ['lead', 'support'] as const;
export type ReportRole = (typeof REPORT_ROLES)[number];

/** What happened to a report, in its history (timeline, "as of a date" dashboards). */
export const REPORT_EVENT_KINDS = ['submitted', 'returned', 'accepted'] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

export interface TargetActualInput {
  targetId: number;
  value: number;
  /** Optional; when given it must be the target's unit. The target's unit is stored either way. */
  unit?: string;
}

/**
 * PUT /api/tasks/:id/reports/:period — create or update my department's draft or returned
 * report. `targetActuals` and `attachmentIds`, when given, replace the report's whole lists.
 * `version` is required when the report exists and must be omitted when creating it.
 */
export interface SaveReportRequest {
  workDone?: string;
  problems?: string;
  nextSteps?: string;
  completionPercent?: number | null;
  targetActuals?: TargetActualInput[];
  attachmentIds?: string[];
  version?: number;
}

export interface ReturnReportRequest {
  reason: string;
  version: number;
}

export interface ReportTargetActualResponse {
  targetId: number;
  metric: string;
  comparator: string;
  targetValue: number;
  value: number;
  unit: string;
}

export interface ReportEventResponse {
  kind: ReportEventKind;
  actorUserId: number;
  actorName: string;
  reason: string | null;
  at: string;
}

export interface ReportSummaryResponse {
  id: number;
  taskId: number;
  taskCode: string;
  taskTitle: string;
  jurisdictionCode: string;
  departmentId: number;
  departmentName: string;
  period: string;
  role: ReportRole;
  status: ReportStatus;
  completionPercent: number | null;
  /** Last submission; null while never submitted. */
  submittedAt: string | null;
  firstSubmittedAt: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
  dueDate: string;
  timeliness: ReportTimeliness;
  version: number;
  updatedAt: string;
}

export interface ReportDetailResponse extends ReportSummaryResponse {
  workDone: string;
  problems: string;
  nextSteps: string;
  reviewedByUserId: number | null;
  targetActuals: ReportTargetActualResponse[];
  attachments: AttachmentResponse[];
  events: ReportEventResponse[];
}

/** GET /api/reports: one page of the reports the user may see, newest period first. */
export interface ReportListResponse {
  items: ReportSummaryResponse[];
  /** All matching reports, for paging. */
  total: number;
}

/** One report a department owes: GET /api/jurisdictions/:code/report-status and /api/me/report-obligations. */
export interface ReportObligationResponse {
  taskId: number;
  taskCode: string;
  taskTitle: string;
  taskStatus: TaskStatus;
  role: ReportRole;
  reportId: number | null;
  reportStatus: ReportStatus | null;
  reportVersion: number | null;
  timeliness: ReportTimeliness;
}

export interface DepartmentReportStatusResponse {
  departmentId: number;
  departmentName: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** Not submitted yet, the due date still ahead. */
  pending: number;
  obligations: ReportObligationResponse[];
}

export interface JurisdictionReportStatusResponse {
  jurisdictionCode: string;
  period: string;
  dueDate: string;
  /** China date the computation used ("today"). */
  asOf: string;
  departments: DepartmentReportStatusResponse[];
}

export interface MyReportObligationsResponse {
  period: string;
  dueDate: string;
  asOf: string;
  obligations: ReportObligationResponse[];
}

/** GET/PUT /api/jurisdictions/:code/settings. `version` 0: nothing saved yet (the defaults). */
export interface JurisdictionSettingsResponse {
  jurisdictionCode: string;
  reportDueDay: number;
  reminderWorkingDays: number;
  version: number;
}

export interface UpdateJurisdictionSettingsRequest {
  reportDueDay: number;
  reminderWorkingDays: number;
  version: number;
}
