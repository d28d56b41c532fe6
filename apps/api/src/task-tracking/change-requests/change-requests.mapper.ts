import type { ChangeRequestResponse, DepartmentResponse } from '@bizenv/shared';
import { requestRefs } from '../requests/request-refs.mapper.js';
import type { ChangeRequestRow, ProposedDepartment } from './change-requests.repository.js';

export function toChangeRequestResponse({
  request,
  names,
  departments,
}: ChangeRequestRow): ChangeRequestResponse {
  const changesOwnership = departments.length > 0;
  const inRole = (role: ProposedDepartment['role']): DepartmentResponse[] | null =>
    changesOwnership
      ? departments.filter((d) => d.role === role).map(({ id, name, kind }) => ({ id, name, kind }))
      : null;
  return {
    id: request.id,
    ...requestRefs(request, names),
    kind: request.kind,
    reason: request.reason,
    proposedDeadline:
      request.proposedDeadlineDate === null || request.proposedDeadlinePrinted === null
        ? null
        : { date: request.proposedDeadlineDate, printed: request.proposedDeadlinePrinted },
    proposedTitle: request.proposedTitle,
    proposedBody: request.proposedBody,
    proposedLeadDepartments: inRole('lead'),
    proposedSupportDepartments: inRole('support'),
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionReason: request.decisionReason,
    version: request.version,
  };
}
