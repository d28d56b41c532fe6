/**
 * Bulletins (通报): the office's monthly or quarterly notice on a jurisdiction's progress, as a
 * Word document, an Excel ledger (台账) and a print view. Publishing one locks its months'
 * reports; the office may unlock a month with a recorded reason.
 */

export const BULLETIN_PERIOD_KINDS = ['month', 'quarter'] as const;
export type BulletinPeriodKind = (typeof BULLETIN_PERIOD_KINDS)[number];

export const BULLETIN_PERIOD_KIND_LABELS: Record<BulletinPeriodKind, string> = {
  month: '月度',
  quarter: '季度',
};

export const BULLETIN_STATUSES = ['draft', 'published'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, string> = {
  draft: '草稿',
  published: '已发布',
};

export const BULLETIN_FILE_KINDS = ['docx', 'xlsx'] as const;
export type BulletinFileKind = (typeof BULLETIN_FILE_KINDS)[number];

const MONTH_PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_PERIOD = /^(\d{4})-Q([1-4])$/;

/** A month is "YYYY-MM", a quarter "YYYY-Qn". */
export function isValidBulletinPeriod(kind: BulletinPeriodKind, period: string): boolean {
  const match = (kind === 'month' ? MONTH_PERIOD : QUARTER_PERIOD).exec(period);
  return match !== null && Number(match[1]) >= 2000;
}

/** The reporting months ("YYYY-MM") a bulletin covers: one, or the quarter's three. */
export function bulletinMonths(kind: BulletinPeriodKind, period: string): string[] {
  if (kind === 'month') return [period];
  const [year, quarter] = [period.slice(0, 4), Number(period.slice(6))];
  return [1, 2, 3].map(
    (offset) => `${year}-${String((quarter - 1) * 3 + offset).padStart(2, '0')}`,
  );
}

/** "2025年7月" / "2025年第三季度". */
export function bulletinPeriodLabel(kind: BulletinPeriodKind, period: string): string {
  const year = period.slice(0, 4);
  if (kind === 'month') return `${year}年${Number(period.slice(5, 7))}月`;
  return `${year}年第${['一', '二', '三', '四'][Number(period.slice(6)) - 1]}季度`;
}

/** POST /api/jurisdictions/:code/bulletins — generate (or regenerate a draft of) a period's bulletin. */
export interface GenerateBulletinRequest {
  periodKind: BulletinPeriodKind;
  period: string;
}

/** POST /api/bulletins/:id/unlock — reopen one of a published bulletin's months for reports. */
export interface UnlockReportPeriodRequest {
  period: string;
  reason: string;
}

export interface BulletinPublishRequest {
  version: number;
}

export interface BulletinUserRef {
  id: number;
  name: string;
}

export interface BulletinFileResponse {
  kind: BulletinFileKind;
  /** The download name, e.g. "麟游县优化营商环境工作2025年7月通报.docx". */
  fileName: string;
  size: number;
  sha256: string;
}

/** One lock of a month's reports (history kept: an unlocked lock stays with who and why). */
export interface ReportPeriodLockResponse {
  id: number;
  jurisdictionCode: string;
  period: string;
  bulletinId: number | null;
  lockedBy: BulletinUserRef;
  lockedAt: string;
  unlockedBy: BulletinUserRef | null;
  unlockedAt: string | null;
  unlockReason: string | null;
}

/** A department the bulletin criticises (late/missing reports, overdue tasks): the assessment deducts per 通报. */
export interface BulletinDepartmentResponse {
  departmentId: number;
  departmentName: string;
  reason: string;
}

export interface BulletinResponse {
  id: number;
  jurisdictionCode: string;
  jurisdictionName: string;
  periodKind: BulletinPeriodKind;
  period: string;
  /** "2025年7月" / "2025年第三季度". */
  periodLabel: string;
  title: string;
  status: BulletinStatus;
  generatedBy: BulletinUserRef;
  generatedAt: string;
  publishedBy: BulletinUserRef | null;
  publishedAt: string | null;
  files: BulletinFileResponse[];
  departments: BulletinDepartmentResponse[];
  /** Locks of the bulletin's months, newest first. */
  locks: ReportPeriodLockResponse[];
  version: number;
}

/** With the figures the documents were built from (the print view renders them). */
export interface BulletinDetailResponse extends BulletinResponse {
  figures: BulletinFigures;
}

// ---- The figures of a bulletin: taken from the dashboard as of the period's last day. ----

export interface BulletinSummary {
  totalTasks: number;
  /** Task count per status label, in the status order (未开始, 推进中…). */
  byStatus: { status: string; label: string; count: number }[];
  completedTasks: number;
  /** 0–100, one decimal. */
  completionRate: number;
  overdueTasks: number;
  reportsExpected: number;
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
  /** Not yet due at asOf (only when the period has not ended). */
  reportsPending: number;
  targetsTotal: number;
  targetsMet: number;
  targetsOnTrack: number;
  targetsMissed: number;
  targetsNoData: number;
}

export interface BulletinOverdueTask {
  taskId: number;
  code: string;
  title: string;
  leadDepartments: string;
  deadline: string | null;
  workingDaysOverdue: number;
}

export interface BulletinDepartmentReporting {
  departmentId: number;
  departmentName: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface BulletinMissedTarget {
  taskCode: string;
  metric: string;
  /** "≤90个工作日". */
  target: string;
  /** "120个工作日", or "未填报". */
  actual: string;
  leadDepartments: string;
}

export interface BulletinRankingRow {
  rank: number;
  departmentId: number;
  departmentName: string;
  tasksLed: number;
  /** 0–100, one decimal; null when the department had nothing due. */
  onTimeCompletionRate: number | null;
  /** 0–100, one decimal; null when no report was expected. */
  reportSubmissionRate: number | null;
  overdueTasks: number;
}

export interface BulletinFigures {
  jurisdictionName: string;
  periodLabel: string;
  /** The day the figures describe: the period's last day ("YYYY-MM-DD"). */
  asOf: string;
  summary: BulletinSummary;
  overdueTasks: BulletinOverdueTask[];
  lateReports: BulletinDepartmentReporting[];
  missedTargets: BulletinMissedTarget[];
  ranking: BulletinRankingRow[];
}

/** One row of the Excel ledger (台账): every task of the jurisdiction's plans. */
export interface BulletinLedgerRow {
  code: string;
  title: string;
  indicator: string;
  leadDepartments: string;
  supportDepartments: string;
  deadline: string;
  status: string;
  completionPercent: number | null;
  latestProgressPeriod: string;
  latestProgress: string;
  /** "压缩至≤90个工作日：实际 80个工作日；…". */
  targetActuals: string;
}
