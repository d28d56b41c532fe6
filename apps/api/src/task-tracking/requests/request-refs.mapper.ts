import type { ActorRef, DepartmentResponse, TrackedTaskRef } from '@bizenv/shared';
import type { RequestNames } from './request-query.repository.js';

/** The parts every request response shares, from the request row and its names. */
export function requestRefs(
  request: { taskId: number; requestedBy: number; departmentId: number; decidedBy: number | null },
  names: RequestNames,
): {
  task: TrackedTaskRef;
  requestedBy: ActorRef;
  department: DepartmentResponse;
  decidedBy: ActorRef | null;
} {
  return {
    task: {
      id: request.taskId,
      planId: names.taskPlanId,
      code: names.taskCode,
      title: names.taskTitle,
      jurisdictionCode: names.jurisdictionCode,
    },
    requestedBy: { id: request.requestedBy, displayName: names.requesterName },
    department: {
      id: request.departmentId,
      name: names.departmentName,
      kind: names.departmentKind,
    },
    decidedBy:
      request.decidedBy === null
        ? null
        : { id: request.decidedBy, displayName: names.deciderName ?? '' },
  };
}
