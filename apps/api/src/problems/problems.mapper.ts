import type { AttachmentResponse, ProblemDetailResponse, ProblemResponse } from '@bizenv/shared';
import { fromAuditJson } from '../audit/audit-json.js';
import { toDepartmentResponse } from '../departments/departments.mapper.js';
import type { ProblemEntity } from './problem.entity.js';
import type { ProblemEventRow } from './problems.repository.js';

/** `problem` must have been read with its ownerDepartment and task relations. */
export function toProblemResponse(problem: ProblemEntity): ProblemResponse {
  const owner = problem.ownerDepartment;
  if (!owner) throw new Error(`problem ${problem.id} read without its owner department`);
  const task = problem.task ?? null;
  return {
    id: problem.id,
    jurisdictionCode: problem.jurisdictionCode,
    task: task ? { id: task.id, code: task.code, title: task.title } : null,
    indicator: problem.indicatorCode,
    source: problem.source,
    description: problem.description,
    measure: problem.measure,
    ownerDepartment: toDepartmentResponse(owner),
    deadline: problem.deadline,
    status: problem.status,
    rectifiedAt: problem.rectifiedAt?.toISOString() ?? null,
    closedAt: problem.closedAt?.toISOString() ?? null,
    closedByUserId: problem.closedBy,
    createdByUserId: problem.createdBy,
    createdAt: problem.createdAt.toISOString(),
    updatedAt: problem.updatedAt.toISOString(),
    version: problem.version,
  };
}

export function toProblemDetailResponse(
  problem: ProblemEntity,
  attachments: AttachmentResponse[],
  events: ProblemEventRow[],
): ProblemDetailResponse {
  return {
    ...toProblemResponse(problem),
    attachments,
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      actorUserId: event.actorUserId,
      actorName: event.actorName,
      reason: event.reason,
      before: fromAuditJson(event.beforeJson) as Record<string, unknown> | null,
      after: fromAuditJson(event.afterJson) as Record<string, unknown> | null,
      at: event.occurredAt.toISOString(),
    })),
  };
}
