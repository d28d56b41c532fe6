import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LedgerExtras } from './bulletin-figures.js';

interface SupportRow {
  taskId: number | string;
  name: string;
}

interface ProgressRow {
  taskId: number | string;
  period: string;
  workDone: string;
}

/**
 * What the ledger needs beyond the dashboard: each task's support departments and its latest
 * progress text. Two set-based queries for the whole jurisdiction, never one per task.
 */
@Injectable()
export class BulletinLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * @param lastPeriod the bulletin's last month: later reports are not shown.
   * @param submittedBefore the end of the bulletin's day (an instant as ISO text): reports first
   *   submitted after it were not there yet.
   */
  async extras(
    jurisdictionCode: string,
    lastPeriod: string,
    submittedBefore: string,
  ): Promise<Map<number, LedgerExtras>> {
    const [supports, progress] = await Promise.all([
      this.select<SupportRow>(
        `SELECT td.task_id AS "taskId", d.name AS "name"
         FROM task_department td
         JOIN task t ON t.id = td.task_id
         JOIN plan p ON p.id = t.plan_id
         JOIN department d ON d.id = td.department_id
         WHERE p.jurisdiction_code = :jurisdictionCode AND td.role = 'support'
         ORDER BY td.task_id, td.sort_order`,
        { jurisdictionCode },
      ),
      // The latest submitted or accepted report per task, the lead's before a supporter's.
      this.select<ProgressRow>(
        `SELECT ranked."taskId", ranked."period", ranked."workDone" FROM (
           SELECT r.task_id AS "taskId", r.period AS "period", r.work_done AS "workDone",
             ROW_NUMBER() OVER (
               PARTITION BY r.task_id
               ORDER BY r.period DESC, CASE WHEN r.role = 'lead' THEN 0 ELSE 1 END, r.id DESC
             ) AS "position"
           FROM progress_report r
           JOIN task t ON t.id = r.task_id
           JOIN plan p ON p.id = t.plan_id
           WHERE p.jurisdiction_code = :jurisdictionCode
             AND r.period <= :lastPeriod
             AND r.status IN ('submitted', 'accepted')
             AND r.first_submitted_at <= :submittedBefore
         ) ranked
         WHERE ranked."position" = 1`,
        { jurisdictionCode, lastPeriod, submittedBefore },
      ),
    ]);
    const extras = new Map<number, LedgerExtras>();
    const entry = (taskId: number) => {
      let found = extras.get(taskId);
      if (!found) {
        found = { supportDepartments: '', latestProgressPeriod: null, latestProgress: null };
        extras.set(taskId, found);
      }
      return found;
    };
    for (const row of supports) {
      const found = entry(Number(row.taskId));
      found.supportDepartments = found.supportDepartments
        ? `${found.supportDepartments}、${row.name}`
        : row.name;
    }
    for (const row of progress) {
      const found = entry(Number(row.taskId));
      found.latestProgressPeriod = row.period;
      found.latestProgress = row.workDone;
    }
    return extras;
  }

  /** Runs SQL with :named parameters on either database. */
  private select<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values) as Promise<T[]>;
  }
}
