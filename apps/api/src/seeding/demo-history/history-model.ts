import type {
  ProblemEventAction,
  ProblemSource,
  ProblemStatus,
  NoticeLevel,
  NoticeOrigin,
  NoticeStatus,
  ReportEventKind,
  ReportRole,
  ReportStatus,
  TaskEventType,
  TaskStatus,
  TargetComparator,
} from '@bizenv/shared';

/** Every generated text carries this marker, so demo rows can never pass for real work. */
export const DEMO_MARKER = '【演示数据】';

/** What the generator reads from the seeded database. */
export interface HistoryPlan {
  id: number;
  key: string;
  jurisdictionCode: string;
  issuedDate: string;
  year: number;
}

export interface HistoryTask {
  id: number;
  planId: number;
  code: string;
  title: string;
  deadlineKind: string;
  deadlineDate: string | null;
  /** Departments on the task itself (groups such as 各镇各部门 left out): lead first. */
  departments: { departmentId: number; role: ReportRole }[];
  targets: HistoryTarget[];
}

export interface HistoryTarget {
  id: number;
  metric: string;
  comparator: TargetComparator;
  value: number;
  unit: string;
}

/** Who acts: the office account of each jurisdiction and one account per department. */
export interface HistoryActors {
  officeUserId(jurisdictionCode: string): number;
  departmentUserId(departmentId: number): number;
}

/** Rows in the shape the real services write them; `ref` links children to their report. */
export interface ReportRow {
  ref: string;
  taskId: number;
  departmentId: number;
  period: string;
  role: ReportRole;
  status: ReportStatus;
  workDone: string;
  problems: string;
  nextSteps: string;
  completionPercent: number | null;
  submittedAt: Date;
  firstSubmittedAt: Date;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  createdBy: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface ReportEventRow {
  reportRef: string;
  kind: ReportEventKind;
  actorUserId: number;
  reason: string | null;
  occurredAt: Date;
}

export interface TargetActualRow {
  reportRef: string;
  targetId: number;
  value: number;
  unit: string;
}

export interface TaskEventRow {
  taskId: number;
  type: TaskEventType;
  actorUserId: number;
  occurredAt: Date;
  reason: string | null;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ClosureRequestRow {
  ref: string;
  taskId: number;
  requestedBy: number;
  departmentId: number;
  note: string;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: Date;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  version: number;
}

/** The task row after its history: status, completion and the version its writes reached. */
export interface TaskFinalState {
  taskId: number;
  status: TaskStatus;
  completionPercent: number | null;
  version: number;
}

export interface ProblemRow {
  ref: string;
  jurisdictionCode: string;
  taskId: number;
  source: ProblemSource;
  description: string;
  measure: string;
  ownerDepartmentId: number;
  deadline: string;
  status: ProblemStatus;
  rectifiedAt: Date | null;
  closedBy: number | null;
  closedAt: Date | null;
  createdBy: number;
  createdAt: Date;
  version: number;
}

export interface ProblemEventRow {
  problemRef: string;
  action: ProblemEventAction;
  actorUserId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  occurredAt: Date;
}

export interface NoticeRow {
  ref: string;
  jurisdictionCode: string;
  taskId: number | null;
  departmentId: number;
  reason: string;
  level: NoticeLevel;
  responseDue: string;
  status: NoticeStatus;
  origin: NoticeOrigin;
  dedupeKey: string | null;
  response: string | null;
  answeredBy: number | null;
  answeredAt: Date | null;
  issuedBy: number | null;
  issuedAt: Date | null;
  closedBy: number | null;
  closedAt: Date | null;
  createdBy: number | null;
  createdAt: Date;
  version: number;
}

export interface NoticeEventRow {
  noticeRef: string;
  action: 'drafted' | 'issued' | 'answered' | 'closed';
  actorUserId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  occurredAt: Date;
}

/** A report a department owed (due date passed) and never sent: the notices refer to it. */
export interface MissingReport {
  jurisdictionCode: string;
  taskId: number;
  departmentId: number;
  period: string;
}

export interface DemoHistory {
  missing: MissingReport[];
  reports: ReportRow[];
  reportEvents: ReportEventRow[];
  targetActuals: TargetActualRow[];
  taskEvents: TaskEventRow[];
  closureRequests: ClosureRequestRow[];
  taskStates: TaskFinalState[];
  problems: ProblemRow[];
  problemEvents: ProblemEventRow[];
  notices: NoticeRow[];
  noticeEvents: NoticeEventRow[];
}
