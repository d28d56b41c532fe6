import { Injectable } from '@nestjs/common';
import {
  type CountyAssignedTaskRow,
  type DashboardJurisdiction,
  endOfChinaDay,
  rankByScore,
  rate,
  reportRates,
  type RollupResponse,
  type RollupRow,
  rollupScore,
  type SessionUser,
  type TaskFigures,
} from '@bizenv/shared';
import { type DashboardContext, DashboardContextService } from './dashboard-context.service.js';
import { DashboardsRepository, type TaskFigureRow } from './dashboards.repository.js';
import { roundPercent, taskRow, taskState } from './task-figures.js';
import { TaskPeople } from './task-people.js';

/** Name of the pseudo-department by which a city plan assigns a task to every county. */
const EVERY_COUNTY = '各县区';

/**
 * Side-by-side figures of the counties under a city (or all counties of a province), ranked
 * (比学赶超). Grouped in SQL per county and indicator: the statement count does not grow
 * with the number of counties or tasks. A county compares with itself alone.
 */
@Injectable()
export class DashboardRollupService {
  constructor(
    private readonly contexts: DashboardContextService,
    private readonly repository: DashboardsRepository,
  ) {}

  async forUser(
    user: SessionUser,
    code: string,
    asOf: string | undefined,
  ): Promise<RollupResponse> {
    return this.build(await this.contexts.forUser(user, code, asOf));
  }

  async at(code: string, asOf: string | undefined): Promise<RollupResponse> {
    return this.build(await this.contexts.at(code, asOf));
  }

  private async build(context: DashboardContext): Promise<RollupResponse> {
    const counties: DashboardJurisdiction[] =
      context.jurisdiction.level === 'county'
        ? [context.jurisdiction]
        : await this.repository.countiesUnder(context.jurisdiction.code);
    const codes = counties.map((county) => county.code);
    const rows = codes.length === 0 ? [] : await this.countyRows(context, counties, codes);
    return {
      jurisdiction: context.jurisdiction,
      asOf: context.asOf,
      today: context.today,
      reportPeriod: context.reportPeriod,
      rows: rows.map((row) => row.row),
      countyAssignedTasks:
        context.jurisdiction.level === 'city'
          ? await this.countyAssignedTasks(context, counties, rows)
          : [],
    };
  }

  private async countyRows(
    context: DashboardContext,
    counties: DashboardJurisdiction[],
    codes: string[],
  ): Promise<{ row: RollupRow; byIndicator: TaskFigureRow[] }[]> {
    const scope = this.contexts.scope(context, codes);
    const dueDates = await this.contexts.dueDates(context, codes, context.reportPeriod);
    const dueCuts = new Map([...dueDates].map(([code, due]) => [code, endOfChinaDay(due)]));
    const [figures, reports, targets, problems] = await Promise.all([
      this.repository.taskFigures(scope, context),
      this.repository.reportFigures(scope, context.reportPeriod, dueCuts),
      this.repository.targetFigures(scope),
      this.repository.openProblems(scope),
    ]);
    const rows = counties.map((county) => {
      const byIndicator = figures.filter((row) => row.jurisdictionCode === county.code);
      const tasks = sumFigures(byIndicator);
      const report = reports.find((row) => row.jurisdictionCode === county.code);
      const expected = report?.expected ?? 0;
      const onTime = report?.onTime ?? 0;
      const late = report?.late ?? 0;
      const unsent = expected - onTime - late;
      const overdueReports = context.asOf > dueDates.get(county.code)!;
      const counts = {
        expected,
        onTime,
        late,
        missing: overdueReports ? unsent : 0,
        pending: overdueReports ? 0 : unsent,
      };
      const { submissionRate, onTimeRate } = reportRates(counts);
      const target = targets.find((row) => row.jurisdictionCode === county.code);
      const targetsTotal = target?.targets ?? 0;
      const targetsMet = target?.met ?? 0;
      const score = rollupScore({
        completionRate: tasks.completionRate,
        notOverdueRate: tasks.total === 0 ? null : 1 - tasks.overdue / tasks.total,
        reportOnTimeRate: onTimeRate,
        targetsMetRate: rate(targetsMet, targetsTotal),
      });
      const row: RollupRow = {
        jurisdiction: county,
        tasks,
        reports: { ...counts, submissionRate, onTimeRate },
        targetsTotal,
        targetsMet,
        openProblems: problems
          .filter((problem) => problem.jurisdictionCode === county.code)
          .reduce((sum, problem) => sum + problem.open, 0),
        score,
        rank: 0,
      };
      return { row, byIndicator };
    });
    const ranks = rankByScore(rows.map(({ row }) => row.score));
    rows.forEach(({ row }, i) => (row.rank = ranks[i]!));
    return rows.sort(
      (a, b) =>
        a.row.rank - b.row.rank || a.row.jurisdiction.code.localeCompare(b.row.jurisdiction.code),
    );
  }

  /**
   * The city's own tasks that name 各县区 among their departments, each with every county's
   * progress on the same indicator: the county's own tasks of that indicator (a county plan
   * carries out the city's work under its own tasks; nothing links them one to one).
   */
  private async countyAssignedTasks(
    context: DashboardContext,
    counties: DashboardJurisdiction[],
    rows: { row: RollupRow; byIndicator: TaskFigureRow[] }[],
  ): Promise<CountyAssignedTaskRow[]> {
    const scope = this.contexts.scope(context, [context.jurisdiction.code]);
    const [facts, departments, assignments] = await Promise.all([
      this.repository.taskFacts(scope),
      this.repository.taskDepartments(scope, context.reportPeriod),
      this.repository.indicatorAssignments(scope),
    ]);
    const assigned = new Set(
      departments.filter((row) => row.departmentName === EVERY_COUNTY).map((row) => row.taskId),
    );
    const people = new TaskPeople(departments, assignments);
    return facts
      .filter((fact) => assigned.has(fact.id))
      .map((fact) => ({
        task: taskRow(
          taskState(fact, context),
          context,
          people.forTask(fact.id, fact.indicatorCode),
        ),
        counties: counties.map((county) => {
          const figures = rows
            .find(({ row }) => row.jurisdiction.code === county.code)!
            .byIndicator.filter(
              (row) => fact.indicatorCode !== null && row.indicatorCode === fact.indicatorCode,
            );
          const sum = sumFigures(figures);
          return {
            jurisdictionCode: county.code,
            jurisdictionName: county.name,
            tasks: sum.total,
            completed: sum.completed,
            overdue: sum.overdue,
            averageCompletionPercent: sum.averageCompletionPercent,
          };
        }),
      }));
  }
}

/** Adds up grouped figure rows (one per indicator) into one TaskFigures. */
function sumFigures(rows: readonly TaskFigureRow[]): TaskFigures {
  const add = (key: keyof TaskFigureRow) =>
    rows.reduce((sum, row) => sum + (row[key] as number), 0);
  const byStatus = {
    not_started: add('notStarted'),
    in_progress: add('inProgress'),
    done_pending_closure: add('donePendingClosure'),
    closed: add('closed'),
    suspended: add('suspended'),
  };
  const total = add('total');
  const completed = byStatus.done_pending_closure + byStatus.closed;
  return {
    total,
    byStatus,
    completed,
    completionRate: rate(completed, total - byStatus.suspended),
    averageCompletionPercent: roundPercent(add('completionSum'), add('completionCount')),
    overdue: add('overdue'),
    dueSoon: add('dueSoon'),
  };
}
