import type { DeadlineKind } from '../domain/deadline.js';
import type { TargetComparator } from '../domain/target.js';
import type { TaskStatus } from '../domain/task-status.js';
import type { ReportTimeliness } from '../reporting/timeliness.js';
import type { ReportRole, ReportStatus } from './reports.js';

/**
 * Jurisdiction dashboards "as of a date" (GET /api/dashboards/jurisdictions/:code…).
 * `asOf` is a China calendar date "YYYY-MM-DD" (a month "YYYY-MM" means its last day); every
 * figure is the state at the end of that day. Rates are fractions 0..1 (null when the
 * denominator is 0); percents (completion) are 0..100. See docs/dashboards.md for formulas.
 */

/** Direction-aware comparison of a target's latest actual with its value. */
export const TARGET_VERDICTS = ['met', 'on_track', 'missed', 'no_data'] as const;
export type TargetVerdict = (typeof TARGET_VERDICTS)[number];

export const TARGET_VERDICT_LABELS: Record<TargetVerdict, string> = {
  met: '已达标',
  on_track: '推进中',
  missed: '未达标',
  no_data: '暂无数据',
};

/** Query of every dashboard route: `?asOf=YYYY-MM-DD` or `?asOf=YYYY-MM`; default today. */
export interface DashboardQuery {
  asOf?: string;
}

export interface DashboardJurisdiction {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
}

/** Figures over a set of tasks (a jurisdiction, an indicator, a department). */
export interface TaskFigures {
  /** Tasks counted (every task row of the jurisdiction's plans, sub-items included). */
  total: number;
  byStatus: Record<TaskStatus, number>;
  /** done_pending_closure + closed at asOf. */
  completed: number;
  /** completed / (total − suspended); null when nothing counts. */
  completionRate: number | null;
  /** Mean of the latest submitted/accepted lead-report completion percent (tasks with one). */
  averageCompletionPercent: number | null;
  /** Open (未开始/推进中) with a dated deadline whose effective date is before asOf. */
  overdue: number;
  /** Open with an effective deadline in [asOf, asOf + 10 working days]. */
  dueSoon: number;
}

/** One task in a dashboard list (overdue, due soon, drill-downs). */
export interface DashboardTaskRow {
  id: number;
  code: string;
  title: string;
  planId: number;
  jurisdictionCode: string;
  indicatorCode: string | null;
  /** Status at asOf. */
  status: TaskStatus;
  deadlineKind: DeadlineKind;
  deadlineDate: string | null;
  deadlinePrinted: string | null;
  /** Effective deadline (moved to the next working day); null without a dated deadline. */
  effectiveDeadline: string | null;
  /** Working days past the effective deadline at asOf (> 0 only when overdue), else 0. */
  workingDaysOverdue: number;
  /** Working days from asOf to the effective deadline when due soon, else null. */
  workingDaysLeft: number | null;
  completionPercent: number | null;
  leadDepartments: { id: number; name: string }[];
  /** Leaders responsible for the task's indicator in the jurisdiction. */
  leaders: { id: number; name: string }[];
}

export interface IndicatorDashboardRow {
  code: string;
  name: string;
  parentCode: string | null;
  order: number;
  /** From the plan's indicator assignment (牵头部门 / 包抓领导). */
  leadDepartments: { id: number; name: string }[];
  leaders: { id: number; name: string }[];
  /** True when the signed-in leader is one of `leaders` (leader view sorts these first). */
  mine: boolean;
  tasks: TaskFigures;
  targetsTotal: number;
  targetsMet: number;
  openProblems: number;
}

export interface DepartmentDashboardRow {
  id: number;
  name: string;
  tasksLed: number;
  tasksSupported: number;
  /** Led tasks completed on or before their effective deadline. */
  completedOnTime: number;
  /** Led tasks with a dated deadline that were due by asOf or completed by asOf. */
  dueOrCompleted: number;
  /** completedOnTime / dueOrCompleted. */
  onTimeCompletionRate: number | null;
  overdue: number;
  /** Reports of `reportPeriod` (the period of asOf) this department owes, with timeliness. */
  reports: {
    expected: number;
    onTime: number;
    late: number;
    missing: number;
    pending: number;
    /** (onTime + late) / (expected − pending). */
    submissionRate: number | null;
    /** late / (onTime + late). */
    lateRate: number | null;
  };
  openNotices: number;
  openProblems: number;
}

export interface TargetTrendPoint {
  period: string;
  value: number;
}

export interface TargetDashboardRow {
  id: number;
  taskId: number;
  taskCode: string;
  indicatorCode: string | null;
  metric: string;
  comparator: TargetComparator;
  value: number;
  unit: string;
  baseline: number | null;
  /** Latest actual from a submitted/accepted lead report up to asOf. */
  latestActual: number | null;
  latestPeriod: string | null;
  verdict: TargetVerdict;
  /** One point per period with an actual, oldest first (up to the last 12 periods). */
  trend: TargetTrendPoint[];
}

export interface MonthlyProblemPoint {
  period: string;
  opened: number;
  rectified: number;
}

export interface MonthlyCompletionPoint {
  period: string;
  /** Tasks completed (first reached done_pending_closure/closed) by the end of the month. */
  completed: number;
  completionRate: number | null;
  /** Mean completion percent of the lead reports of that period (submitted/accepted). */
  averageReportedPercent: number | null;
}

/** GET /api/dashboards/jurisdictions/:code */
export interface JurisdictionDashboardResponse {
  jurisdiction: DashboardJurisdiction;
  asOf: string;
  /** China date today, to tell a past view from the live one. */
  today: string;
  /** Period of asOf ("YYYY-MM"), the period of the department report figures. */
  reportPeriod: string;
  reportDueDate: string;
  totals: TaskFigures;
  overdueTasks: DashboardTaskRow[];
  dueSoonTasks: DashboardTaskRow[];
  /** Catalog order, or the leader's own indicators first (see `myIndicatorCodes`). */
  indicators: IndicatorDashboardRow[];
  /** Indicator codes the signed-in leader is responsible for; empty for anyone else. */
  myIndicatorCodes: string[];
  departments: DepartmentDashboardRow[];
  targets: TargetDashboardRow[];
  targetSummary: Record<TargetVerdict, number>;
  problemTrend: MonthlyProblemPoint[];
  completionTrend: MonthlyCompletionPoint[];
  openProblems: number;
  openNotices: number;
}

/** One child jurisdiction in a roll-up (比学赶超). */
export interface RollupRow {
  jurisdiction: DashboardJurisdiction;
  tasks: TaskFigures;
  reports: {
    expected: number;
    onTime: number;
    late: number;
    missing: number;
    pending: number;
    submissionRate: number | null;
    onTimeRate: number | null;
  };
  targetsTotal: number;
  targetsMet: number;
  openProblems: number;
  /** Composite score 0..100 (see docs/dashboards.md); rank 1 = best, ties share a rank. */
  score: number;
  rank: number;
}

/** A city task assigned to "各县区", with each county's progress on the same indicator. */
export interface CountyAssignedTaskRow {
  task: DashboardTaskRow;
  counties: {
    jurisdictionCode: string;
    jurisdictionName: string;
    /** The county's own tasks of the same indicator (the county's share of the work). */
    tasks: number;
    completed: number;
    overdue: number;
    averageCompletionPercent: number | null;
  }[];
}

/** GET /api/dashboards/jurisdictions/:code/rollup — children of a city; all counties of a province. */
export interface RollupResponse {
  jurisdiction: DashboardJurisdiction;
  asOf: string;
  today: string;
  reportPeriod: string;
  rows: RollupRow[];
  /** Tasks of this jurisdiction's own plans assigned to 各县区 (empty for a province). */
  countyAssignedTasks: CountyAssignedTaskRow[];
}

/** Drill-down buckets of GET …/tasks?bucket=… */
export type DashboardTaskBucket =
  | 'all'
  | 'overdue'
  | 'due_soon'
  | 'completed'
  | `status:${TaskStatus}`
  | `indicator:${string}`
  | `department:${number}`
  | `department_overdue:${number}`
  | `target_verdict:${TargetVerdict}`;

export interface DashboardTaskListQuery extends DashboardQuery {
  bucket?: string;
}

/** GET /api/dashboards/jurisdictions/:code/tasks */
export interface DashboardTaskListResponse {
  asOf: string;
  bucket: string;
  items: DashboardTaskRow[];
  total: number;
}

export const DASHBOARD_REPORT_STATES = [
  'submitted',
  'on_time',
  'late',
  'missing',
  'pending',
] as const;
export type DashboardReportState = (typeof DASHBOARD_REPORT_STATES)[number];

export interface DashboardReportListQuery extends DashboardQuery {
  /** "YYYY-MM"; default the period of asOf. */
  period?: string;
  department?: number;
  state?: DashboardReportState;
}

/** One report a department owes in the period (an obligation, with its report if any). */
export interface DashboardReportRow {
  taskId: number;
  taskCode: string;
  taskTitle: string;
  departmentId: number;
  departmentName: string;
  role: ReportRole;
  period: string;
  dueDate: string;
  reportId: number | null;
  reportStatus: ReportStatus | null;
  firstSubmittedAt: string | null;
  timeliness: ReportTimeliness;
  completionPercent: number | null;
}

/** GET /api/dashboards/jurisdictions/:code/reports */
export interface DashboardReportListResponse {
  asOf: string;
  period: string;
  dueDate: string;
  items: DashboardReportRow[];
  total: number;
}
