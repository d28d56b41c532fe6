import { Injectable } from '@nestjs/common';
import { REPORTING_TASK_STATUSES } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { LATEST_ACTUAL, MET } from '../dashboards/dashboard-sql.js';

/** A report period of the assessed year whose due date has passed. */
export interface DuePeriod {
  period: string;
  /** First instant after the due date (China midnight), ISO UTC: submissions from it on are late. */
  lateFrom: string;
}

/** A task led by a department and completed within the year. */
export interface LedCompletionRow {
  departmentId: number;
  /** The planned deadline ("YYYY-MM-DD"), the original one when it was extended; null: none. */
  deadline: string | null;
  completedAt: string;
}

export interface ReportCountsRow {
  departmentId: number;
  late: number;
  missing: number;
}

/** Department kinds that are no real unit ("各镇各部门"): never assessed, like in reporting. */
const GROUP_KIND = 'group';

/**
 * Counts the facts the assessment scores, per department, in SQL: each method is one aggregate
 * statement over the jurisdiction (no entity graphs). Instants are ISO UTC text, so ranges are
 * string comparisons on both databases.
 */
@Injectable()
export class AssessmentFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Real departments on any task of the jurisdiction's plans: those assessed, by id. */
  assessedDepartments(jurisdictionCode: string): Promise<{ id: number; name: string }[]> {
    return this.select<{ id: number | string; name: string }>(
      `SELECT d.id AS id, d.name AS name FROM department d
       WHERE d.jurisdiction_code = :jurisdictionCode AND d.kind <> :groupKind
         AND EXISTS (SELECT 1 FROM task_department td
           JOIN task t ON t.id = td.task_id JOIN plan p ON p.id = t.plan_id
           WHERE td.department_id = d.id AND p.jurisdiction_code = :jurisdictionCode)
       ORDER BY d.id`,
      { jurisdictionCode, groupKind: GROUP_KIND },
    ).then((rows) => rows.map((row) => ({ id: Number(row.id), name: row.name })));
  }

  /**
   * Tasks each department leads that are now 已完成（待销号） or 已销号 and whose latest entry into
   * 已完成（待销号） (the closure request) happened within [from, to).
   */
  async ledCompletions(
    jurisdictionCode: string,
    from: string,
    to: string,
  ): Promise<LedCompletionRow[]> {
    const rows = await this.select<{
      departmentId: number | string;
      deadline: string | null;
      completedAt: string;
    }>(
      `SELECT td.department_id AS "departmentId",
         CASE WHEN t.original_deadline_kind IS NOT NULL THEN t.original_deadline_date ELSE t.deadline_date END AS "deadline",
         MAX(e.occurred_at) AS "completedAt"
       FROM task t
       JOIN plan p ON p.id = t.plan_id
       JOIN task_department td ON td.task_id = t.id AND td.role = 'lead'
       JOIN department d ON d.id = td.department_id AND d.kind <> :groupKind
       JOIN task_event e ON e.task_id = t.id AND e.to_status = 'done_pending_closure' AND e.occurred_at < :to
       WHERE p.jurisdiction_code = :jurisdictionCode AND t.status IN ('done_pending_closure', 'closed')
       GROUP BY td.department_id, t.id, t.original_deadline_kind, t.original_deadline_date, t.deadline_date
       HAVING MAX(e.occurred_at) >= :from`,
      { jurisdictionCode, from, to, groupKind: GROUP_KIND },
    );
    return rows.map((row) => ({ ...row, departmentId: Number(row.departmentId) }));
  }

  /**
   * Late and missing monthly reports per department over the given periods, with the reporting
   * rule (libs/shared/src/reporting): one report per task open at the due date and department on
   * it; late when first submitted after the due date, missing when never submitted. "Open at the
   * due date" reads the task history (the status as of `lateFrom`), as task tracking defines it.
   */
  async reportCounts(jurisdictionCode: string, periods: DuePeriod[]): Promise<ReportCountsRow[]> {
    if (periods.length === 0) return [];
    const params: Record<string, unknown> = {
      jurisdictionCode,
      groupKind: GROUP_KIND,
      reportingStatuses: [...REPORTING_TASK_STATUSES],
    };
    const periodRows = periods.map((period, index) => {
      params[`period${index}`] = period.period;
      params[`lateFrom${index}`] = period.lateFrom;
      return `SELECT CAST(:period${index} AS varchar(7)) AS period, CAST(:lateFrom${index} AS varchar(24)) AS late_from`;
    });
    const statusAt = `COALESCE(
        (SELECT e.to_status FROM task_event e WHERE e.task_id = ot.task_id AND e.to_status IS NOT NULL
           AND e.occurred_at < pr.late_from ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),
        (SELECT e.from_status FROM task_event e WHERE e.task_id = ot.task_id AND e.to_status IS NOT NULL
           AND e.occurred_at >= pr.late_from ORDER BY e.occurred_at, e.id LIMIT 1),
        ot.status)`;
    const rows = await this.select<{
      departmentId: number | string;
      late: number | string;
      missing: number | string;
    }>(
      `SELECT ot.department_id AS "departmentId",
         SUM(CASE WHEN r.first_submitted_at >= pr.late_from THEN 1 ELSE 0 END) AS "late",
         SUM(CASE WHEN r.first_submitted_at IS NULL THEN 1 ELSE 0 END) AS "missing"
       FROM (${periodRows.join(' UNION ALL ')}) pr
       CROSS JOIN (SELECT DISTINCT td.task_id AS task_id, td.department_id AS department_id, t.status AS status
         FROM task_department td
         JOIN task t ON t.id = td.task_id
         JOIN plan p ON p.id = t.plan_id
         JOIN department d ON d.id = td.department_id AND d.kind <> :groupKind
         WHERE p.jurisdiction_code = :jurisdictionCode) ot
       LEFT JOIN progress_report r
         ON r.task_id = ot.task_id AND r.department_id = ot.department_id AND r.period = pr.period
       WHERE ${statusAt} IN (:...reportingStatuses)
       GROUP BY ot.department_id`,
      params,
    );
    return rows.map((row) => ({
      departmentId: Number(row.departmentId),
      late: Number(row.late),
      missing: Number(row.missing),
    }));
  }

  /**
   * Targets of tasks each department leads whose latest actual before `cut` misses the target,
   * with the dashboard's own definitions (LATEST_ACTUAL: the latest submitted or accepted lead
   * report; MET: direction-aware), so the count agrees with the dashboard's "missed" verdicts.
   * A target without an actual is not counted (the missing report is).
   */
  missedTargets(jurisdictionCode: string, cut: string): Promise<Map<number, number>> {
    return this.countsByDepartment(
      `SELECT td.department_id AS "departmentId", COUNT(*) AS "count"
       FROM target tg
       JOIN task t ON t.id = tg.task_id
       JOIN plan p ON p.id = t.plan_id
       JOIN task_department td ON td.task_id = t.id AND td.role = 'lead'
       JOIN department d ON d.id = td.department_id AND d.kind <> :groupKind
       WHERE p.jurisdiction_code = :jurisdictionCode
         AND ${LATEST_ACTUAL} IS NOT NULL AND ${MET(LATEST_ACTUAL)} = 0
       GROUP BY td.department_id`,
      { jurisdictionCode, cut, groupKind: GROUP_KIND },
    );
  }

  /** Supervision notices (督办 and 通报 levels, not reminders) issued to each department within [from, to). */
  supervisionNotices(
    jurisdictionCode: string,
    from: string,
    to: string,
  ): Promise<Map<number, number>> {
    return this.countsByDepartment(
      `SELECT n.department_id AS "departmentId", COUNT(*) AS "count"
       FROM supervision_notice n
       WHERE n.jurisdiction_code = :jurisdictionCode AND n.level IN ('supervision', 'circular')
         AND n.issued_at IS NOT NULL AND n.issued_at >= :from AND n.issued_at < :to
       GROUP BY n.department_id`,
      { jurisdictionCode, from, to },
    );
  }

  /**
   * Published bulletins (通报) of the jurisdiction about a period of the year naming each
   * department (bulletin_department, written by the bulletins feature when it publishes).
   */
  bulletinCriticisms(jurisdictionCode: string, year: number): Promise<Map<number, number>> {
    return this.countsByDepartment(
      `SELECT bd.department_id AS "departmentId", COUNT(*) AS "count"
       FROM bulletin_department bd
       JOIN bulletin b ON b.id = bd.bulletin_id
       WHERE b.jurisdiction_code = :jurisdictionCode AND b.status = 'published'
         AND SUBSTR(b.period, 1, 4) = :year
       GROUP BY bd.department_id`,
      { jurisdictionCode, year: String(year) },
    );
  }

  private async countsByDepartment(
    sql: string,
    params: Record<string, unknown>,
  ): Promise<Map<number, number>> {
    const rows = await this.select<{ departmentId: number | string; count: number | string }>(
      sql,
      params,
    );
    return new Map(rows.map((row) => [Number(row.departmentId), Number(row.count)]));
  }

  /** Runs SQL with :named parameters on either database. */
  private select<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values) as Promise<T[]>;
  }
}
