import {
  COMPLETED_AT,
  COMPLETION_AT,
  LATEST_ACTUAL,
  LATEST_ACTUAL_PERIOD,
  MET,
  NOTICE_OPEN_AT,
  PROBLEM_OPEN_AT,
  REPORTING_DEPARTMENT,
  statusAt,
} from './dashboard-sql.js';

/** A statement with its named parameters. Repositories run them; the EXPLAIN test plans them. */
export interface DashboardSql {
  sql: string;
  params: Record<string, unknown>;
}

/** Where a dashboard looks: jurisdictions, the cut instant, and whether it is today. */
export interface DashboardScope {
  codes: string[];
  /** Exclusive end of the asOf China day (endOfChinaDay). */
  cut: string;
  /** asOf is today: stored statuses are current, the task history need not be read. */
  live: boolean;
}

const IN_SCOPE = 'p.jurisdiction_code IN (:...codes)';
const scopeParams = (scope: DashboardScope) => ({ codes: scope.codes, cut: scope.cut });

/** One row per task: its state at the cut. */
export function taskFactsSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `SELECT t.id AS "id", t.code AS "code", t.title AS "title", t.plan_id AS "planId",
        p.jurisdiction_code AS "jurisdictionCode", t.indicator_code AS "indicatorCode",
        t.deadline_kind AS "deadlineKind", t.deadline_date AS "deadlineDate",
        t.deadline_printed AS "deadlinePrinted", ${statusAt(scope.live)} AS "status",
        ${COMPLETION_AT} AS "completion", ${COMPLETED_AT} AS "completedAt"
      FROM task t JOIN plan p ON p.id = t.plan_id
      WHERE ${IN_SCOPE}
      ORDER BY t.plan_id, t.sort_order, t.id`,
    params: scopeParams(scope),
  };
}

/**
 * The task figures of many jurisdictions at once, per jurisdiction and indicator (the roll-up
 * and the city's 各县区 tasks): counts by status, overdue, due soon, completion sums. The
 * per-task rows are a MATERIALIZED CTE: as a plain subquery SQLite flattens it and evaluates
 * the correlated status/completion subqueries once per outer reference (several times a task).
 */
export function taskFiguresSql(
  scope: DashboardScope,
  bounds: { overdueThrough: string; dueSoonThrough: string },
): DashboardSql {
  const open = `f.status IN ('not_started', 'in_progress') AND f.deadline_kind IN ('date', 'milestone', 'phase')`;
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  return {
    sql: `WITH f AS MATERIALIZED (SELECT p.jurisdiction_code, t.indicator_code, t.deadline_kind,
          t.deadline_date, ${statusAt(scope.live)} AS status, ${COMPLETION_AT} AS completion
        FROM task t JOIN plan p ON p.id = t.plan_id WHERE ${IN_SCOPE})
      SELECT f.jurisdiction_code AS "jurisdictionCode", f.indicator_code AS "indicatorCode",
        COUNT(*) AS "total",
        ${count(`f.status = 'not_started'`)} AS "notStarted",
        ${count(`f.status = 'in_progress'`)} AS "inProgress",
        ${count(`f.status = 'done_pending_closure'`)} AS "donePendingClosure",
        ${count(`f.status = 'closed'`)} AS "closed",
        ${count(`f.status = 'suspended'`)} AS "suspended",
        ${count(`${open} AND f.deadline_date <= :overdueThrough`)} AS "overdue",
        ${count(`${open} AND f.deadline_date > :overdueThrough AND f.deadline_date <= :dueSoonThrough`)} AS "dueSoon",
        SUM(f.completion) AS "completionSum", COUNT(f.completion) AS "completionCount"
      FROM f
      GROUP BY f.jurisdiction_code, f.indicator_code`,
    params: { ...scopeParams(scope), ...bounds },
  };
}

/**
 * Every department on every task, with its report of `period` (if any). `+r.department_id`
 * (here and in reportFigures) keeps SQLite off the unique (task, department, period) index,
 * which would read each report row from the table, for the covering (task, period, department,
 * status, first_submitted_at, completion_percent) one; PostgreSQL plans it alike.
 */
export function taskDepartmentsSql(scope: DashboardScope, period: string): DashboardSql {
  return {
    sql: `SELECT td.task_id AS "taskId", td.department_id AS "departmentId", td.role AS "role",
        d.name AS "departmentName", d.kind AS "departmentKind", r.id AS "reportId",
        r.status AS "reportStatus", r.first_submitted_at AS "firstSubmittedAt",
        r.completion_percent AS "completionPercent"
      FROM task t JOIN plan p ON p.id = t.plan_id
      JOIN task_department td ON td.task_id = t.id
      JOIN department d ON d.id = td.department_id
      LEFT JOIN progress_report r ON r.task_id = td.task_id AND +r.department_id = td.department_id
        AND r.period = :period
      WHERE ${IN_SCOPE}
      ORDER BY td.task_id, td.role, td.sort_order`,
    params: { ...scopeParams(scope), period },
  };
}

/**
 * Reports owed for `period` per jurisdiction: tasks open at the cut × their reporting
 * departments; on time / late against each jurisdiction's due date (`dueCuts`: exclusive end
 * of the due day, by jurisdiction code).
 */
export function reportFiguresSql(
  scope: DashboardScope,
  period: string,
  dueCuts: Map<string, string>,
): DashboardSql {
  const groups = [...new Set(dueCuts.values())];
  const params: Record<string, unknown> = { ...scopeParams(scope), period };
  const cases = groups.map((dueCut, i) => {
    params[`dueCodes${i}`] = [...dueCuts].filter(([, cut]) => cut === dueCut).map(([code]) => code);
    params[`dueCut${i}`] = dueCut;
    return `WHEN p.jurisdiction_code IN (:...dueCodes${i}) THEN :dueCut${i}`;
  });
  const dueCut = `CASE ${cases.join(' ')} END`;
  const submitted = `r.first_submitted_at IS NOT NULL AND r.first_submitted_at < :cut`;
  return {
    sql: `SELECT p.jurisdiction_code AS "jurisdictionCode", COUNT(*) AS "expected",
        SUM(CASE WHEN ${submitted} AND r.first_submitted_at < ${dueCut} THEN 1 ELSE 0 END) AS "onTime",
        SUM(CASE WHEN ${submitted} AND r.first_submitted_at >= ${dueCut} THEN 1 ELSE 0 END) AS "late"
      FROM task t JOIN plan p ON p.id = t.plan_id
      ${REPORTING_DEPARTMENT}
      LEFT JOIN progress_report r ON r.task_id = td.task_id AND +r.department_id = td.department_id
        AND r.period = :period
      WHERE ${IN_SCOPE}
        AND ${statusAt(scope.live)} IN ('not_started', 'in_progress', 'done_pending_closure')
      GROUP BY p.jurisdiction_code`,
    params,
  };
}

/** Lead departments and leaders of each indicator, from the plans' indicator assignments. */
export function indicatorAssignmentsSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `SELECT ia.indicator_code AS "indicatorCode", 'department' AS "kind", d.id AS "id",
        d.name AS "name", ia.plan_id AS "planId", iad.sort_order AS "sortOrder"
      FROM indicator_assignment ia JOIN plan p ON p.id = ia.plan_id
      JOIN indicator_assignment_department iad ON iad.assignment_id = ia.id
      JOIN department d ON d.id = iad.department_id
      WHERE ${IN_SCOPE}
      UNION ALL
      SELECT ia.indicator_code, 'leader', l.id, l.name, ia.plan_id, ial.sort_order
      FROM indicator_assignment ia JOIN plan p ON p.id = ia.plan_id
      JOIN indicator_assignment_leader ial ON ial.assignment_id = ia.id
      JOIN leader l ON l.id = ial.leader_id
      WHERE ${IN_SCOPE}`,
    params: { codes: scope.codes },
  };
}

/** Every target with its latest actual at the cut. */
export function targetsSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `SELECT tg.id AS "id", tg.task_id AS "taskId", t.code AS "taskCode",
        t.indicator_code AS "indicatorCode", tg.metric AS "metric", tg.comparator AS "comparator",
        tg.value AS "value", tg.unit AS "unit", tg.baseline AS "baseline",
        ${LATEST_ACTUAL} AS "latestActual", ${LATEST_ACTUAL_PERIOD} AS "latestPeriod"
      FROM target tg JOIN task t ON t.id = tg.task_id JOIN plan p ON p.id = t.plan_id
      WHERE ${IN_SCOPE}
      ORDER BY t.plan_id, t.sort_order, tg.sort_order`,
    params: scopeParams(scope),
  };
}

/** Actuals of the targets from `fromPeriod` on (trend lines). */
export function targetTrendSql(scope: DashboardScope, fromPeriod: string): DashboardSql {
  return {
    sql: `SELECT a.target_id AS "targetId", r.period AS "period", a.value AS "value"
      FROM target tg JOIN task t ON t.id = tg.task_id JOIN plan p ON p.id = t.plan_id
      JOIN progress_report r ON r.task_id = tg.task_id AND r.role = 'lead'
        AND r.status IN ('submitted', 'accepted') AND r.first_submitted_at < :cut AND r.period >= :fromPeriod
      JOIN report_target_actual a ON a.report_id = r.id AND a.target_id = tg.id
      WHERE ${IN_SCOPE}
      ORDER BY a.target_id, r.period`,
    params: { ...scopeParams(scope), fromPeriod },
  };
}

/**
 * Targets and targets met per jurisdiction. The latest actual is computed once per target in a
 * MATERIALIZED CTE (aliased `tg` for MET): inline, MET repeats it up to four times.
 */
export function targetFiguresSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `WITH x AS MATERIALIZED (SELECT p.jurisdiction_code, tg.comparator, tg.value,
          ${LATEST_ACTUAL} AS actual
        FROM target tg JOIN task t ON t.id = tg.task_id JOIN plan p ON p.id = t.plan_id
        WHERE ${IN_SCOPE})
      SELECT tg.jurisdiction_code AS "jurisdictionCode", COUNT(*) AS "targets",
        SUM(${MET('tg.actual')}) AS "met"
      FROM x tg
      GROUP BY tg.jurisdiction_code`,
    params: scopeParams(scope),
  };
}

/** Problems open at the cut, per jurisdiction, owner department and indicator. */
export function openProblemsSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `SELECT pr.jurisdiction_code AS "jurisdictionCode", pr.owner_department_id AS "departmentId",
        COALESCE(pr.indicator_code, t.indicator_code) AS "indicatorCode", COUNT(*) AS "open"
      FROM problem pr LEFT JOIN task t ON t.id = pr.task_id
      WHERE pr.jurisdiction_code IN (:...codes) AND ${PROBLEM_OPEN_AT}
      GROUP BY pr.jurisdiction_code, pr.owner_department_id, COALESCE(pr.indicator_code, t.indicator_code)`,
    params: scopeParams(scope),
  };
}

/** Notices open at the cut per department. */
export function openNoticesSql(scope: DashboardScope): DashboardSql {
  return {
    sql: `SELECT n.department_id AS "departmentId", COUNT(*) AS "open"
      FROM supervision_notice n
      WHERE n.jurisdiction_code IN (:...codes) AND ${NOTICE_OPEN_AT}
      GROUP BY n.department_id`,
    params: scopeParams(scope),
  };
}

/** Problems registered and rectified per month (UTC month of the event) since `from`. */
export function problemTrendSql(scope: DashboardScope, from: string): DashboardSql {
  return {
    sql: `SELECT SUBSTR(pe.occurred_at, 1, 7) AS "period", pe.action AS "action", COUNT(*) AS "count"
      FROM problem pr JOIN problem_event pe ON pe.problem_id = pr.id
      WHERE pr.jurisdiction_code IN (:...codes) AND pe.action IN ('created', 'rectified')
        AND pe.occurred_at >= :from AND pe.occurred_at < :cut
      GROUP BY SUBSTR(pe.occurred_at, 1, 7), pe.action`,
    params: { ...scopeParams(scope), from },
  };
}

/** Mean completion of the counted lead reports per period from `fromPeriod` on. */
export function reportedCompletionSql(scope: DashboardScope, fromPeriod: string): DashboardSql {
  return {
    sql: `SELECT r.period AS "period", AVG(r.completion_percent) AS "average"
      FROM task t JOIN plan p ON p.id = t.plan_id
      JOIN progress_report r ON r.task_id = t.id AND r.role = 'lead'
        AND r.status IN ('submitted', 'accepted') AND r.first_submitted_at < :cut
        AND r.period >= :fromPeriod AND r.completion_percent IS NOT NULL
      WHERE ${IN_SCOPE}
      GROUP BY r.period`,
    params: { ...scopeParams(scope), fromPeriod },
  };
}
