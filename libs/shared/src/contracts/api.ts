import type { DepartmentKind } from '../domain/department.js';
import type { Deadline, PlanPhase } from '../domain/deadline.js';
import type { IndicatorCode } from '../domain/indicators.js';
import type { JurisdictionLevel } from '../domain/jurisdiction.js';
import type { TaskKind } from '../domain/plan.js';
import type { Target } from '../domain/target.js';
import type { TaskStatus } from '../domain/task-status.js';

/** Response shapes of the HTTP API. The API's DTO classes implement these. */

export interface HealthResponse {
  status: 'ok';
  db: 'sqlite' | 'postgres';
}

export interface JurisdictionResponse {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  planCount: number;
}

export interface DepartmentResponse {
  id: number;
  name: string;
  kind: DepartmentKind;
}

export interface LeaderResponse {
  id: number;
  name: string;
  title: string;
}

export interface PlanSummaryResponse {
  id: number;
  key: string;
  jurisdictionCode: string;
  parentPlanId: number | null;
  title: string;
  issuer: string;
  documentNumber: string | null;
  issuedDate: string | null;
  year: number;
  /** Top-level tasks (key reforms, numbered tasks, bundles); children are not counted. */
  taskCount: number;
  /** All rows including sub-items and bundle items. */
  itemCount: number;
}

export interface PlanSectionResponse {
  code: string;
  title: string;
  parentCode: string | null;
  indicator: IndicatorCode | null;
  order: number;
}

export interface IndicatorAssignmentResponse {
  indicator: IndicatorCode;
  leadDepartments: DepartmentResponse[];
  leaders: LeaderResponse[];
  leaderText: string | null;
}

export interface PlanDetailResponse extends PlanSummaryResponse {
  jurisdictionName: string;
  phases: PlanPhase[];
  sections: PlanSectionResponse[];
  indicatorAssignments: IndicatorAssignmentResponse[];
  annexes: PlanSummaryResponse[];
}

export interface TargetResponse extends Target {
  id: number;
}

export interface TaskResponse {
  id: number;
  planId: number;
  code: string;
  kind: TaskKind;
  sectionCode: string | null;
  title: string;
  body: string;
  indicator: IndicatorCode | null;
  status: TaskStatus;
  leadDepartments: DepartmentResponse[];
  supportDepartments: DepartmentResponse[];
  attribution: string | null;
  deadline: Deadline;
  /** The deadline the plan printed, kept once an extension (延期) changed it; null until then. */
  originalDeadline: Deadline | null;
  targets: TargetResponse[];
  order: number;
  /** 0–100 from the lead department's latest accepted monthly report; null before one. */
  completionPercent: number | null;
  /** Optimistic locking: send it back with a status change (see VersionedWrite). */
  version: number;
  children: TaskResponse[];
}

export interface TaskDetailResponse extends TaskResponse {
  plan: PlanSummaryResponse;
  parent: { id: number; code: string; title: string } | null;
  /** Leaders of the task's indicator in its plan (包抓领导 / 指标长). */
  leaders: LeaderResponse[];
  leaderText: string | null;
}
