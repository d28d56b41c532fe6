import {
  type BulletinDepartmentReporting,
  type BulletinFigures,
  type BulletinLedgerRow,
  type BulletinRankingRow,
  type DashboardReportRow,
  type DashboardTaskRow,
  findIndicator,
  type JurisdictionDashboardResponse,
  TARGET_COMPARATOR_SYMBOLS,
  TARGET_VERDICT_LABELS,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TargetDashboardRow,
} from '@bizenv/shared';

/**
 * Turns the dashboard's answers for a period into a bulletin's figures, ledger and criticised
 * departments. Pure: every number comes from the dashboard service, so the bulletin and the
 * dashboard of the same day never disagree.
 */

export interface BulletinSources {
  jurisdictionName: string;
  periodLabel: string;
  /** The jurisdiction dashboard as of the period's last day. */
  dashboard: JurisdictionDashboardResponse;
  /** The report obligations of each month of the period, as of the same day. */
  reports: DashboardReportRow[];
  /** Every task as of the same day (the dashboard's "all" drill-down). */
  tasks: DashboardTaskRow[];
}

/** What the ledger adds to the dashboard's task rows (read by BulletinLedgerRepository). */
export interface LedgerExtras {
  supportDepartments: string;
  latestProgressPeriod: string | null;
  latestProgress: string | null;
}

export interface CriticisedDepartment {
  departmentId: number;
  reason: string;
}

/** A dashboard rate (0..1) as a percent with one decimal. */
export function toPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

const names = (departments: { name: string }[]) => departments.map((d) => d.name).join('、');

export function buildFigures(sources: BulletinSources): BulletinFigures {
  const { dashboard } = sources;
  const totals = dashboard.totals;
  const reporting = reportingByDepartment(sources.reports);
  const sum = (pick: (row: BulletinDepartmentReporting & { pending: number }) => number) =>
    reporting.reduce((total, row) => total + pick(row), 0);
  const tasksById = new Map(sources.tasks.map((task) => [task.id, task]));
  return {
    jurisdictionName: sources.jurisdictionName,
    periodLabel: sources.periodLabel,
    asOf: dashboard.asOf,
    summary: {
      totalTasks: totals.total,
      byStatus: TASK_STATUSES.map((status) => ({
        status,
        label: TASK_STATUS_LABELS[status],
        count: totals.byStatus[status],
      })),
      completedTasks: totals.completed,
      completionRate: toPercent(totals.completionRate) ?? 0,
      overdueTasks: totals.overdue,
      reportsExpected: sum((row) => row.expected),
      reportsOnTime: sum((row) => row.onTime),
      reportsLate: sum((row) => row.late),
      reportsMissing: sum((row) => row.missing),
      reportsPending: sum((row) => row.pending),
      targetsTotal: dashboard.targets.length,
      targetsMet: dashboard.targetSummary.met,
      targetsOnTrack: dashboard.targetSummary.on_track,
      targetsMissed: dashboard.targetSummary.missed,
      targetsNoData: dashboard.targetSummary.no_data,
    },
    overdueTasks: dashboard.overdueTasks.map((task) => ({
      taskId: task.id,
      code: task.code,
      title: task.title,
      leadDepartments: names(task.leadDepartments),
      deadline: task.deadlinePrinted ?? task.effectiveDeadline,
      workingDaysOverdue: task.workingDaysOverdue,
    })),
    lateReports: reporting
      .filter((row) => row.late + row.missing > 0)
      .sort((a, b) => b.missing + b.late - (a.missing + a.late) || a.departmentId - b.departmentId)
      .map(({ pending: _pending, ...row }) => row),
    missedTargets: dashboard.targets
      .filter((target) => target.verdict === 'missed')
      .map((target) => ({
        taskCode: target.taskCode,
        metric: target.metric,
        target: targetText(target),
        actual: target.latestActual === null ? '未填报' : `${target.latestActual}${target.unit}`,
        leadDepartments: names(tasksById.get(target.taskId)?.leadDepartments ?? []),
      })),
    ranking: rankDepartments(dashboard, reporting),
  };
}

function targetText(target: TargetDashboardRow): string {
  return `${TARGET_COMPARATOR_SYMBOLS[target.comparator]}${target.value}${target.unit}`;
}

/** Report obligations counted per department, in the order departments first appear. */
function reportingByDepartment(
  reports: DashboardReportRow[],
): (BulletinDepartmentReporting & { pending: number })[] {
  const byDepartment = new Map<number, BulletinDepartmentReporting & { pending: number }>();
  for (const report of reports) {
    let row = byDepartment.get(report.departmentId);
    if (!row) {
      row = {
        departmentId: report.departmentId,
        departmentName: report.departmentName,
        expected: 0,
        onTime: 0,
        late: 0,
        missing: 0,
        pending: 0,
      };
      byDepartment.set(report.departmentId, row);
    }
    row.expected += 1;
    if (report.timeliness === 'on_time') row.onTime += 1;
    else if (report.timeliness === 'late') row.late += 1;
    else if (report.timeliness === 'missing') row.missing += 1;
    else row.pending += 1;
  }
  return [...byDepartment.values()];
}

/**
 * Departments that lead tasks or owe reports, best first: on-time completion rate, then report
 * submission rate (both descending, "no data" last), then fewer overdue tasks. Equal keys share
 * a rank (1, 2, 2, 4).
 */
function rankDepartments(
  dashboard: JurisdictionDashboardResponse,
  reporting: (BulletinDepartmentReporting & { pending: number })[],
): BulletinRankingRow[] {
  const reportsOf = new Map(reporting.map((row) => [row.departmentId, row]));
  const rows = dashboard.departments
    .filter((department) => department.tasksLed > 0 || reportsOf.has(department.id))
    .map((department) => {
      const reports = reportsOf.get(department.id);
      const due = reports ? reports.expected - reports.pending : 0;
      return {
        rank: 0,
        departmentId: department.id,
        departmentName: department.name,
        tasksLed: department.tasksLed,
        onTimeCompletionRate: toPercent(department.onTimeCompletionRate),
        reportSubmissionRate:
          reports && due > 0 ? toPercent((reports.onTime + reports.late) / due) : null,
        overdueTasks: department.overdue,
      };
    });
  const key = (row: BulletinRankingRow) => [
    -(row.onTimeCompletionRate ?? -1),
    -(row.reportSubmissionRate ?? -1),
    row.overdueTasks,
  ];
  const compare = (a: BulletinRankingRow, b: BulletinRankingRow) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  };
  rows.sort((a, b) => compare(a, b) || a.departmentName.localeCompare(b.departmentName, 'zh'));
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank = previous && compare(previous, row) === 0 ? previous.rank : index + 1;
  });
  return rows;
}

/** The departments the bulletin criticises: overdue led tasks, late or missing reports. */
export function criticisedDepartments(
  dashboard: JurisdictionDashboardResponse,
  reports: DashboardReportRow[],
): CriticisedDepartment[] {
  const reporting = new Map(reportingByDepartment(reports).map((row) => [row.departmentId, row]));
  const ids = new Set([...dashboard.departments.map((d) => d.id), ...reporting.keys()]);
  const overdueOf = new Map(dashboard.departments.map((d) => [d.id, d.overdue]));
  const result: CriticisedDepartment[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const overdue = overdueOf.get(id) ?? 0;
    const row = reporting.get(id);
    const parts: string[] = [];
    if (overdue > 0) parts.push(`牵头任务逾期${overdue}项`);
    if (row && row.late > 0) parts.push(`月度报告迟报${row.late}份`);
    if (row && row.missing > 0) parts.push(`月度报告未报${row.missing}份`);
    if (parts.length > 0) result.push({ departmentId: id, reason: parts.join('；') });
  }
  return result;
}

/** One ledger row per task, in the dashboard's order, with its targets' latest actuals. */
export function buildLedger(
  sources: Pick<BulletinSources, 'dashboard' | 'tasks'>,
  extras: Map<number, LedgerExtras>,
): BulletinLedgerRow[] {
  const targetsOf = new Map<number, TargetDashboardRow[]>();
  for (const target of sources.dashboard.targets) {
    targetsOf.set(target.taskId, [...(targetsOf.get(target.taskId) ?? []), target]);
  }
  return sources.tasks.map((task) => {
    const extra = extras.get(task.id);
    return {
      code: task.code,
      title: task.title,
      indicator: task.indicatorCode ? (findIndicator(task.indicatorCode)?.name ?? '') : '',
      leadDepartments: names(task.leadDepartments),
      supportDepartments: extra?.supportDepartments ?? '',
      deadline: task.deadlinePrinted ?? task.deadlineDate ?? '',
      status: TASK_STATUS_LABELS[task.status],
      completionPercent: task.completionPercent,
      latestProgressPeriod: extra?.latestProgressPeriod ?? '',
      latestProgress: extra?.latestProgress ?? '',
      targetActuals: (targetsOf.get(task.id) ?? [])
        .map(
          (target) =>
            `${target.metric}${targetText(target)}：实际` +
            (target.latestActual === null ? '未填报' : `${target.latestActual}${target.unit}`) +
            `（${TARGET_VERDICT_LABELS[target.verdict]}）`,
        )
        .join('；'),
    };
  });
}
