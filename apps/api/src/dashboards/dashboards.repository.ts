import { Injectable } from '@nestjs/common';
import type {
  DeadlineKind,
  DashboardJurisdiction,
  ReportRole,
  ReportStatus,
  TargetComparator,
  TaskStatus,
} from '@bizenv/shared';
import { DashboardQueryRepository } from './dashboard-query.repository.js';
import {
  type DashboardScope,
  type DashboardSql,
  indicatorAssignmentsSql,
  openNoticesSql,
  openProblemsSql,
  problemTrendSql,
  reportedCompletionSql,
  reportFiguresSql,
  targetFiguresSql,
  targetsSql,
  targetTrendSql,
  taskDepartmentsSql,
  taskFactsSql,
  taskFiguresSql,
} from './dashboard-queries.js';

export interface TaskFact {
  id: number;
  code: string;
  title: string;
  planId: number;
  jurisdictionCode: string;
  indicatorCode: string | null;
  deadlineKind: DeadlineKind;
  deadlineDate: string | null;
  deadlinePrinted: string | null;
  status: TaskStatus;
  completion: number | null;
  completedAt: string | null;
}

export interface TaskDepartmentFact {
  taskId: number;
  departmentId: number;
  role: ReportRole;
  departmentName: string;
  departmentKind: string;
  reportId: number | null;
  reportStatus: ReportStatus | null;
  firstSubmittedAt: string | null;
  completionPercent: number | null;
}

export interface TaskFigureRow {
  jurisdictionCode: string;
  indicatorCode: string | null;
  total: number;
  notStarted: number;
  inProgress: number;
  donePendingClosure: number;
  closed: number;
  suspended: number;
  overdue: number;
  dueSoon: number;
  completionSum: number;
  completionCount: number;
}

export interface AssignmentFact {
  indicatorCode: string;
  kind: 'department' | 'leader';
  id: number;
  name: string;
  planId: number;
  sortOrder: number;
}

export interface TargetFact {
  id: number;
  taskId: number;
  taskCode: string;
  indicatorCode: string | null;
  metric: string;
  comparator: TargetComparator;
  value: number;
  unit: string;
  baseline: number | null;
  latestActual: number | null;
  latestPeriod: string | null;
}

export interface ProblemCount {
  jurisdictionCode: string;
  departmentId: number;
  indicatorCode: string | null;
  open: number;
}

/** Numbers come back as strings from PostgreSQL (COUNT, AVG, numeric): make them numbers. */
function numbers<T>(row: Record<string, unknown>, keys: readonly (keyof T & string)[]): T {
  const result: Record<string, unknown> = { ...row };
  for (const key of keys) {
    const value = row[key];
    result[key] = value === null || value === undefined ? null : Number(value);
  }
  return result as T;
}

/** The dashboards' reads: a fixed handful of grouped statements per request (docs/dashboards.md). */
@Injectable()
export class DashboardsRepository {
  constructor(private readonly db: DashboardQueryRepository) {}

  private async run<T>(
    statement: DashboardSql,
    numeric: readonly (keyof T & string)[],
  ): Promise<T[]> {
    const rows = await this.db.rows<Record<string, unknown>>(statement.sql, statement.params);
    return rows.map((row) => numbers<T>(row, numeric));
  }

  async jurisdiction(
    code: string,
  ): Promise<(DashboardJurisdiction & { parentCode: string | null }) | null> {
    const rows = await this.db.rows<DashboardJurisdiction & { parentCode: string | null }>(
      `SELECT code AS "code", name AS "name", level AS "level", parent_code AS "parentCode"
       FROM jurisdiction WHERE code = :code`,
      { code },
    );
    return rows[0] ?? null;
  }

  /** The counties under a city, or under the cities of a province, by code. */
  async countiesUnder(code: string): Promise<DashboardJurisdiction[]> {
    return this.db.rows<DashboardJurisdiction>(
      `SELECT j.code AS "code", j.name AS "name", j.level AS "level" FROM jurisdiction j
       WHERE j.level = 'county' AND (j.parent_code = :code
         OR j.parent_code IN (SELECT c.code FROM jurisdiction c WHERE c.parent_code = :code))
       ORDER BY j.code`,
      { code },
    );
  }

  async leaderOfUser(userId: number): Promise<number | null> {
    const rows = await this.db.rows<{ leaderId: number | string | null }>(
      `SELECT leader_id AS "leaderId" FROM app_user WHERE id = :userId`,
      { userId },
    );
    const leaderId = rows[0]?.leaderId ?? null;
    return leaderId === null ? null : Number(leaderId);
  }

  taskFacts(scope: DashboardScope): Promise<TaskFact[]> {
    return this.run<TaskFact>(taskFactsSql(scope), ['id', 'planId', 'completion']);
  }

  taskDepartments(scope: DashboardScope, period: string): Promise<TaskDepartmentFact[]> {
    return this.run<TaskDepartmentFact>(taskDepartmentsSql(scope, period), [
      'taskId',
      'departmentId',
      'reportId',
      'completionPercent',
    ]);
  }

  taskFigures(
    scope: DashboardScope,
    bounds: { overdueThrough: string; dueSoonThrough: string },
  ): Promise<TaskFigureRow[]> {
    return this.run<TaskFigureRow>(taskFiguresSql(scope, bounds), [
      'total',
      'notStarted',
      'inProgress',
      'donePendingClosure',
      'closed',
      'suspended',
      'overdue',
      'dueSoon',
      'completionSum',
      'completionCount',
    ]);
  }

  reportFigures(
    scope: DashboardScope,
    period: string,
    dueCuts: Map<string, string>,
  ): Promise<{ jurisdictionCode: string; expected: number; onTime: number; late: number }[]> {
    return this.run(reportFiguresSql(scope, period, dueCuts), ['expected', 'onTime', 'late']);
  }

  indicatorAssignments(scope: DashboardScope): Promise<AssignmentFact[]> {
    return this.run<AssignmentFact>(indicatorAssignmentsSql(scope), ['id', 'planId', 'sortOrder']);
  }

  targets(scope: DashboardScope): Promise<TargetFact[]> {
    return this.run<TargetFact>(targetsSql(scope), [
      'id',
      'taskId',
      'value',
      'baseline',
      'latestActual',
    ]);
  }

  targetTrend(
    scope: DashboardScope,
    fromPeriod: string,
  ): Promise<{ targetId: number; period: string; value: number }[]> {
    return this.run(targetTrendSql(scope, fromPeriod), ['targetId', 'value']);
  }

  targetFigures(
    scope: DashboardScope,
  ): Promise<{ jurisdictionCode: string; targets: number; met: number }[]> {
    return this.run(targetFiguresSql(scope), ['targets', 'met']);
  }

  openProblems(scope: DashboardScope): Promise<ProblemCount[]> {
    return this.run<ProblemCount>(openProblemsSql(scope), ['departmentId', 'open']);
  }

  openNotices(scope: DashboardScope): Promise<{ departmentId: number; open: number }[]> {
    return this.run(openNoticesSql(scope), ['departmentId', 'open']);
  }

  problemTrend(
    scope: DashboardScope,
    from: string,
  ): Promise<{ period: string; action: 'created' | 'rectified'; count: number }[]> {
    return this.run(problemTrendSql(scope, from), ['count']);
  }

  reportedCompletion(
    scope: DashboardScope,
    fromPeriod: string,
  ): Promise<{ period: string; average: number }[]> {
    return this.run(reportedCompletionSql(scope, fromPeriod), ['average']);
  }
}
