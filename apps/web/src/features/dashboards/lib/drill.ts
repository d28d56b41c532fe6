import {
  DASHBOARD_REPORT_STATES,
  TARGET_VERDICT_LABELS,
  TASK_STATUS_LABELS,
  isValidDate,
  isValidPeriod,
  type DashboardReportState,
  type DashboardTaskRow,
  type TargetVerdict,
  type TaskStatus,
} from '@bizenv/shared';
import { formatDate } from '@/lib/format';

/**
 * What a clicked figure drills into, kept in the URL next to the page's own `asOf` so that a
 * drill-down can be shared and survives a reload:
 * - tasks of a bucket of GET …/tasks (optionally narrowed here to the overdue or completed ones,
 *   e.g. an indicator's overdue count), possibly as of another day (a month of the trend chart);
 * - reports a department owes (GET …/reports), by timeliness.
 */
export type Drill =
  | { kind: 'tasks'; bucket: string; only?: TaskNarrowing; at?: string }
  | { kind: 'reports'; department?: number; state?: DashboardReportState; period?: string };

/**
 * Narrowings done here: the overdue or completed tasks of a bucket, and of a department's tasks
 * (bucket `department:<id>`, which holds led and supported ones) those it leads or supports.
 */
export const TASK_NARROWINGS = ['overdue', 'completed', 'led', 'supported'] as const;
export type TaskNarrowing = (typeof TASK_NARROWINGS)[number];

/** The URL parameters a drill-down owns; everything else (asOf) is the page's. */
export const DRILL_PARAMS = ['drill', 'bucket', 'only', 'at', 'department', 'state', 'period'];

const positive = (value: string | null) =>
  value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;

export function readDrill(params: URLSearchParams): Drill | null {
  const kind = params.get('drill');
  if (kind === 'tasks') {
    const bucket = params.get('bucket');
    if (!bucket) return null;
    const only = params.get('only');
    const at = params.get('at');
    return {
      kind,
      bucket,
      only: TASK_NARROWINGS.includes(only as TaskNarrowing) ? (only as TaskNarrowing) : undefined,
      at: at && isValidDate(at) ? at : undefined,
    };
  }
  if (kind === 'reports') {
    const state = params.get('state');
    const period = params.get('period');
    return {
      kind,
      department: positive(params.get('department')),
      state: DASHBOARD_REPORT_STATES.includes(state as DashboardReportState)
        ? (state as DashboardReportState)
        : undefined,
      period: period && isValidPeriod(period) ? period : undefined,
    };
  }
  return null;
}

/** The page's parameters with `drill` written over any previous drill-down (null: closed). */
export function writeDrill(current: URLSearchParams, drill: Drill | null): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of DRILL_PARAMS) next.delete(key);
  if (!drill) return next;
  next.set('drill', drill.kind);
  for (const [key, value] of Object.entries(drill)) {
    if (key !== 'kind' && value !== undefined) next.set(key, String(value));
  }
  return next;
}

/** The rows of a task drill-down after the narrowing the figure asked for. */
export function narrowTasks(
  rows: DashboardTaskRow[],
  drill: { bucket: string; only?: TaskNarrowing },
): DashboardTaskRow[] {
  const leads = (row: DashboardTaskRow) => {
    const id = Number(drill.bucket.split(':')[1]);
    return row.leadDepartments.some((department) => department.id === id);
  };
  switch (drill.only) {
    case 'overdue':
      return rows.filter((row) => row.workingDaysOverdue > 0);
    case 'completed':
      return rows.filter((row) => row.status === 'done_pending_closure' || row.status === 'closed');
    case 'led':
      return rows.filter(leads);
    case 'supported':
      return rows.filter((row) => !leads(row));
    default:
      return rows;
  }
}

/** Names the drawer title needs, looked up in the dashboard already on screen. */
export interface DrillNames {
  indicator: (code: string) => string | undefined;
  department: (id: number) => string | undefined;
}

export const REPORT_STATE_LABELS: Record<DashboardReportState, string> = {
  submitted: '已报送',
  on_time: '按时报送',
  late: '逾期报送',
  missing: '未报送',
  pending: '未到截止日',
};

function bucketTitle(bucket: string, names: DrillNames): string {
  const [head, ...rest] = bucket.split(':');
  const arg = rest.join(':');
  switch (head) {
    case 'all':
      return '全部任务';
    case 'overdue':
      return '逾期任务';
    case 'due_soon':
      return '10个工作日内到期的任务';
    case 'completed':
      return '已完成任务';
    case 'status':
      return `${TASK_STATUS_LABELS[arg as TaskStatus] ?? arg}的任务`;
    case 'indicator':
      return `指标「${names.indicator(arg) ?? arg}」的任务`;
    case 'department':
      return `${names.department(Number(arg)) ?? '该部门'}的任务`;
    case 'department_overdue':
      return `${names.department(Number(arg)) ?? '该部门'}的逾期任务`;
    case 'target_verdict':
      return `目标${TARGET_VERDICT_LABELS[arg as TargetVerdict] ?? arg}的任务`;
    default:
      return '任务';
  }
}

const NARROWING_LABELS: Record<TaskNarrowing, string> = {
  overdue: '逾期',
  completed: '已完成',
  led: '牵头',
  supported: '配合',
};

/** The drawer's title, e.g. "指标「开办企业」的任务 · 逾期（截至2026年5月31日）". */
export function drillTitle(drill: Drill, names: DrillNames): string {
  if (drill.kind === 'tasks') {
    const narrowed = drill.only ? ` · ${NARROWING_LABELS[drill.only]}` : '';
    const at = drill.at ? `（截至${formatDate(drill.at)}）` : '';
    return `${bucketTitle(drill.bucket, names)}${narrowed}${at}`;
  }
  const department =
    drill.department !== undefined ? (names.department(drill.department) ?? '该部门') : '各部门';
  const state = drill.state ? `（${REPORT_STATE_LABELS[drill.state]}）` : '';
  return `${department}应报月度报告${state}`;
}
