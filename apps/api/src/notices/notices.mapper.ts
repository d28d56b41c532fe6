import type { NoticeDetailResponse, NoticeResponse } from '@bizenv/shared';
import { toDepartmentResponse } from '../departments/departments.mapper.js';
import type { NoticeEventRow } from './notices.repository.js';
import type { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/** `notice` must have been read with its department and task relations. */
export function toNoticeResponse(notice: SupervisionNoticeEntity): NoticeResponse {
  const department = notice.department;
  if (!department) throw new Error(`notice ${notice.id} read without its department`);
  const task = notice.task ?? null;
  return {
    id: notice.id,
    jurisdictionCode: notice.jurisdictionCode,
    department: toDepartmentResponse(department),
    task: task ? { id: task.id, code: task.code, title: task.title } : null,
    problemId: notice.problemId,
    reason: notice.reason,
    level: notice.level,
    responseDue: notice.responseDue,
    status: notice.status,
    origin: notice.origin,
    response: notice.response,
    answeredByUserId: notice.answeredBy,
    answeredAt: notice.answeredAt?.toISOString() ?? null,
    issuedByUserId: notice.issuedBy,
    issuedAt: notice.issuedAt?.toISOString() ?? null,
    closedByUserId: notice.closedBy,
    closedAt: notice.closedAt?.toISOString() ?? null,
    createdAt: notice.createdAt.toISOString(),
    version: notice.version,
  };
}

export function toNoticeDetailResponse(
  notice: SupervisionNoticeEntity,
  events: NoticeEventRow[],
): NoticeDetailResponse {
  return {
    ...toNoticeResponse(notice),
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      actorUserId: event.actorUserId,
      actorName: event.actorName,
      reason: event.reason,
      at: event.occurredAt.toISOString(),
    })),
  };
}
