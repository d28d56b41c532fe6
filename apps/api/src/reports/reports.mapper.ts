import type {
  ReportDetailResponse,
  ReportEventResponse,
  ReportSummaryResponse,
  ReportTargetActualResponse,
} from '@bizenv/shared';
import type { AttachmentEntity } from '../attachments/attachment.entity.js';
import { toAttachmentResponse } from '../attachments/attachments.mapper.js';
import type { DueDateBook } from './report-due-dates.service.js';
import type { ActualRow, EventRow, ReportRow } from './reports.repository.js';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function toReportSummary(row: ReportRow, book: DueDateBook): ReportSummaryResponse {
  const { report } = row;
  return {
    id: report.id,
    taskId: report.taskId,
    taskCode: row.taskCode,
    taskTitle: row.taskTitle,
    jurisdictionCode: row.jurisdictionCode,
    departmentId: report.departmentId,
    departmentName: row.departmentName,
    period: report.period,
    role: report.role,
    status: report.status,
    completionPercent: report.completionPercent,
    submittedAt: iso(report.submittedAt),
    firstSubmittedAt: iso(report.firstSubmittedAt),
    reviewedAt: iso(report.reviewedAt),
    returnReason: report.returnReason,
    dueDate: book.dueDate(row.jurisdictionCode, report.period),
    timeliness: book.timeliness(row.jurisdictionCode, report.period, report.firstSubmittedAt),
    version: report.version,
    updatedAt: report.updatedAt.toISOString(),
  };
}

export interface ReportExtras {
  actuals: ActualRow[];
  attachments: AttachmentEntity[];
  events: EventRow[];
}

export function toReportDetail(
  row: ReportRow,
  book: DueDateBook,
  extras: ReportExtras,
): ReportDetailResponse {
  const { report } = row;
  return {
    ...toReportSummary(row, book),
    workDone: report.workDone,
    problems: report.problems,
    nextSteps: report.nextSteps,
    reviewedByUserId: report.reviewedBy,
    targetActuals: extras.actuals
      .filter((actual) => actual.reportId === report.id)
      .map(toActualResponse),
    attachments: extras.attachments
      .filter((attachment) => attachment.ownerId === report.id)
      .map(toAttachmentResponse),
    events: extras.events.filter((event) => event.reportId === report.id).map(toEventResponse),
  };
}

function toActualResponse(actual: ActualRow): ReportTargetActualResponse {
  return {
    targetId: actual.targetId,
    metric: actual.metric,
    comparator: actual.comparator,
    targetValue: actual.targetValue,
    value: actual.value,
    unit: actual.unit,
  };
}

function toEventResponse(event: EventRow): ReportEventResponse {
  return {
    kind: event.kind,
    actorUserId: event.actorUserId,
    actorName: event.actorName,
    reason: event.reason,
    at: event.occurredAt.toISOString(),
  };
}
