import type {
  IndicatorAssignmentResponse,
  PlanDetailResponse,
  PlanPhase,
  PlanSectionResponse,
  PlanSummaryResponse,
} from '@bizenv/shared';
import { groupBy } from '../common/group-by.js';
import { toDepartmentResponse } from '../departments/departments.mapper.js';
import { toLeaderResponse } from '../leaders/leaders.mapper.js';
import type { IndicatorAssignmentEntity } from './indicator-assignment.entity.js';
import type { PlanPhaseEntity } from './plan-phase.entity.js';
import type { PlanSectionEntity } from './plan-section.entity.js';
import type {
  AssignmentDepartmentRow,
  AssignmentLeaderRow,
  PlanParts,
  PlanSummaryRow,
} from './plans.repository.js';

export function toPlanSummaryResponse(row: PlanSummaryRow): PlanSummaryResponse {
  return {
    id: row.id,
    key: row.key,
    jurisdictionCode: row.jurisdictionCode,
    parentPlanId: row.parentPlanId,
    title: row.title,
    issuer: row.issuer,
    documentNumber: row.documentNumber,
    issuedDate: row.issuedDate,
    year: row.year,
    taskCount: row.taskCount,
    itemCount: row.itemCount,
  };
}

export function toPlanDetailResponse(
  summary: PlanSummaryRow,
  parts: PlanParts,
  annexes: PlanSummaryRow[],
): PlanDetailResponse {
  const departmentsOf = groupBy(parts.assignmentDepartments, (row) => row.assignmentId);
  const leadersOf = groupBy(parts.assignmentLeaders, (row) => row.assignmentId);
  return {
    ...toPlanSummaryResponse(summary),
    jurisdictionName: summary.jurisdictionName,
    phases: parts.phases.map(toPlanPhase),
    sections: parts.sections.map(toPlanSectionResponse),
    indicatorAssignments: parts.assignments.map((assignment) =>
      toIndicatorAssignmentResponse(
        assignment,
        departmentsOf.get(assignment.id) ?? [],
        leadersOf.get(assignment.id) ?? [],
      ),
    ),
    annexes: annexes.map(toPlanSummaryResponse),
  };
}

function toPlanPhase(phase: PlanPhaseEntity): PlanPhase {
  return { name: phase.name, start: phase.startDate, end: phase.endDate, printed: phase.printed };
}

function toPlanSectionResponse(section: PlanSectionEntity): PlanSectionResponse {
  return {
    code: section.code,
    title: section.title,
    parentCode: section.parentCode,
    indicator: section.indicatorCode,
    order: section.order,
  };
}

function toIndicatorAssignmentResponse(
  assignment: IndicatorAssignmentEntity,
  departments: AssignmentDepartmentRow[],
  leaders: AssignmentLeaderRow[],
): IndicatorAssignmentResponse {
  return {
    indicator: assignment.indicatorCode,
    leadDepartments: departments.map(toDepartmentResponse),
    leaders: leaders.map(toLeaderResponse),
    leaderText: assignment.leaderText,
  };
}
