// The statements behind each measured endpoint, for the raw-SQL floor. The dashboards' SQL is
// the API's own (apps/api/dist/dashboards/dashboard-queries.js, the same builders its
// repositories run), with the parameters the API would compute for "today"; the department
// workspace's two queries are written out here (the API builds them with TypeORM's
// QueryBuilder, which cannot run without TypeORM).
import { URL } from 'node:url';
import {
  DEFAULT_REPORT_DUE_DAY,
  deadlineBounds,
  endOfChinaDay,
  periodsEndingWith,
  reportDueDate,
  TREND_PERIODS,
  WorkingDayCalendar,
} from '@bizenv/shared';

const QUERIES = new URL('../../../apps/api/dist/dashboards/dashboard-queries.js', import.meta.url);

/** The dashboards' statement builders, or null before the dashboards exist in the build. */
export async function loadDashboardQueries() {
  try {
    return await import(QUERIES.href);
  } catch {
    return null;
  }
}

/** What the API derives from its clock for a live dashboard (asOf = today, default due day). */
export function liveContext(today) {
  const calendar = new WorkingDayCalendar();
  const reportPeriod = today.slice(0, 7);
  const dueDate = reportDueDate(reportPeriod, DEFAULT_REPORT_DUE_DAY, calendar);
  return {
    cut: endOfChinaDay(today),
    bounds: deadlineBounds(today, calendar),
    reportPeriod,
    periods: periodsEndingWith(reportPeriod, TREND_PERIODS),
    dueCut: endOfChinaDay(dueDate),
  };
}

const scopeOf = (context, codes) => ({ codes, cut: context.cut, live: true });

/** The county dashboard: seven statements together, then three (as the service runs them). */
export function countyDashboardStatements(q, context, code) {
  const scope = scopeOf(context, [code]);
  const from = context.periods[0];
  return [
    [
      q.taskFactsSql(scope),
      q.taskDepartmentsSql(scope, context.reportPeriod),
      q.indicatorAssignmentsSql(scope),
      q.targetsSql(scope),
      q.targetTrendSql(scope, from),
      q.openProblemsSql(scope),
      q.openNoticesSql(scope),
    ],
    [q.problemTrendSql(scope, `${from}-01`), q.reportedCompletionSql(scope, from)],
  ];
}

/** The roll-up of the counties `codes` (under a city or the province). */
export function rollupStatements(q, context, parentCode, codes) {
  const scope = scopeOf(context, codes);
  const dueCuts = new Map(codes.map((code) => [code, context.dueCut]));
  return [
    [
      {
        sql: `SELECT j.code AS "code", j.name AS "name", j.level AS "level" FROM jurisdiction j
          WHERE j.level = 'county' AND (j.parent_code = :code
            OR j.parent_code IN (SELECT c.code FROM jurisdiction c WHERE c.parent_code = :code))
          ORDER BY j.code`,
        params: { code: parentCode },
      },
    ],
    [
      q.taskFiguresSql(scope, context.bounds),
      q.reportFiguresSql(scope, context.reportPeriod, dueCuts),
      q.targetFiguresSql(scope),
      q.openProblemsSql(scope),
    ],
  ];
}

/** The city's own 各县区 tasks (the city part of a city roll-up). */
export function cityTaskStatements(q, context, cityCode) {
  const scope = scopeOf(context, [cityCode]);
  return [
    [
      q.taskFactsSql(scope),
      q.taskDepartmentsSql(scope, context.reportPeriod),
      q.indicatorAssignmentsSql(scope),
    ],
  ];
}

/** A department user's obligations of the period (GET /api/me/report-obligations). */
export function obligationsStatement(code, departmentId) {
  return {
    sql: `SELECT t.id AS "taskId", t.code AS "taskCode", t.title AS "taskTitle", t.status AS "taskStatus",
        p.jurisdiction_code AS "jurisdictionCode", d.id AS "departmentId", d.name AS "departmentName",
        SUM(CASE WHEN td.role = 'lead' THEN 1 ELSE 0 END) AS "leadCount"
      FROM task_department td JOIN task t ON t.id = td.task_id JOIN plan p ON p.id = t.plan_id
      JOIN department d ON d.id = td.department_id
      WHERE p.jurisdiction_code IN (:...codes)
        AND t.status IN ('not_started', 'in_progress', 'done_pending_closure')
        AND d.kind NOT IN ('group') AND td.department_id = :departmentId
      GROUP BY t.id, t.code, t.title, t.status, t.sort_order, t.plan_id, p.jurisdiction_code, d.id, d.name
      ORDER BY d.id, t.plan_id, t.sort_order, t.id`,
    params: { codes: [code], departmentId },
  };
}

/** The reports of those tasks for the period (every column, as the entity load reads them). */
export function periodReportsStatement(period, taskIds) {
  return {
    sql: `SELECT * FROM progress_report WHERE period = :period AND task_id IN (:...taskIds)`,
    params: { period, taskIds },
  };
}
