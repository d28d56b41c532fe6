import { Injectable } from '@nestjs/common';
import {
  type JurisdictionDashboardResponse,
  type MonthlyCompletionPoint,
  type MonthlyProblemPoint,
  periodsEndingWith,
  rate,
  type SessionUser,
  TARGET_VERDICTS,
  type TargetVerdict,
  TREND_PERIODS,
} from '@bizenv/shared';
import { type DashboardContext, DashboardContextService } from './dashboard-context.service.js';
import { departmentRows, indicatorRows, targetRows } from './dashboard-rows.js';
import { DashboardsRepository } from './dashboards.repository.js';
import { roundPercent, taskFigures, taskRow, type TaskState, taskState } from './task-figures.js';
import { TaskPeople } from './task-people.js';

/**
 * The dashboard of one jurisdiction as of a date. A fixed set of statements whatever the number
 * of tasks: task facts, task departments (with the period's reports), indicator assignments,
 * targets, target trend, open problems, open notices, problem trend, reported completion, due
 * day — then counted in memory per task (a county has hundreds of tasks, not more).
 * Bulletins and the assessment inject this service so every figure agrees with the dashboard.
 */
@Injectable()
export class JurisdictionDashboardService {
  constructor(
    private readonly contexts: DashboardContextService,
    private readonly repository: DashboardsRepository,
  ) {}

  async forUser(
    user: SessionUser,
    code: string,
    asOf: string | undefined,
  ): Promise<JurisdictionDashboardResponse> {
    const context = await this.contexts.forUser(user, code, asOf);
    const leaderId = user.role === 'leader' ? await this.repository.leaderOfUser(user.id) : null;
    return this.build(context, leaderId);
  }

  /** The dashboard without access checks (callers check): bulletins, assessment. */
  async at(code: string, asOf: string | undefined): Promise<JurisdictionDashboardResponse> {
    return this.build(await this.contexts.at(code, asOf), null);
  }

  private async build(
    context: DashboardContext,
    leaderId: number | null,
  ): Promise<JurisdictionDashboardResponse> {
    const code = context.jurisdiction.code;
    const scope = this.contexts.scope(context, [code]);
    const periods = periodsEndingWith(context.reportPeriod, TREND_PERIODS);
    const [facts, departments, assignments, targets, trend, problems, notices] = await Promise.all([
      this.repository.taskFacts(scope),
      this.repository.taskDepartments(scope, context.reportPeriod),
      this.repository.indicatorAssignments(scope),
      this.repository.targets(scope),
      this.repository.targetTrend(scope, periods[0]!),
      this.repository.openProblems(scope),
      this.repository.openNotices(scope),
    ]);
    const [problemTrend, reported, dueDates] = await Promise.all([
      this.repository.problemTrend(scope, `${periods[0]!}-01`),
      this.repository.reportedCompletion(scope, periods[0]!),
      this.contexts.dueDates(context, [code], context.reportPeriod),
    ]);
    const dueDate = dueDates.get(code)!;
    const states = facts.map((fact) => taskState(fact, context));
    const byId = new Map(states.map((state) => [state.fact.id, state]));
    const people = new TaskPeople(departments, assignments);
    const myIndicatorCodes = people.indicatorsOfLeader(leaderId);
    const targetList = targetRows(targets, trend, byId);
    const row = (state: TaskState) =>
      taskRow(state, context, people.forTask(state.fact.id, state.fact.indicatorCode));
    return {
      jurisdiction: context.jurisdiction,
      asOf: context.asOf,
      today: context.today,
      reportPeriod: context.reportPeriod,
      reportDueDate: dueDate,
      totals: taskFigures(states),
      overdueTasks: states
        .filter((state) => state.overdue)
        .map(row)
        .sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue),
      dueSoonTasks: states
        .filter((state) => state.dueSoon)
        .map(row)
        .sort((a, b) => (a.workingDaysLeft ?? 0) - (b.workingDaysLeft ?? 0)),
      indicators: indicatorRows(states, targetList, problems, people, new Set(myIndicatorCodes)),
      myIndicatorCodes,
      departments: departmentRows(
        departments,
        byId,
        context,
        dueDate,
        new Map(notices.map((notice) => [notice.departmentId, notice.open])),
        problems,
      ),
      targets: targetList,
      targetSummary: Object.fromEntries(
        TARGET_VERDICTS.map((verdict) => [
          verdict,
          targetList.filter((target) => target.verdict === verdict).length,
        ]),
      ) as Record<TargetVerdict, number>,
      problemTrend: periods.map((period): MonthlyProblemPoint => {
        const count = (action: string) =>
          problemTrend.find((point) => point.period === period && point.action === action)?.count ??
          0;
        return { period, opened: count('created'), rectified: count('rectified') };
      }),
      completionTrend: completionTrend(periods, states, reported, context.asOf),
      openProblems: problems.reduce((sum, problem) => sum + problem.open, 0),
      openNotices: notices.reduce((sum, notice) => sum + notice.open, 0),
    };
  }
}

/** Tasks completed by each month's end (from their history), and that month's reported mean. */
function completionTrend(
  periods: string[],
  states: readonly TaskState[],
  reported: readonly { period: string; average: number }[],
  asOf: string,
): MonthlyCompletionPoint[] {
  const counted = states.filter((state) => state.fact.status !== 'suspended').length;
  const completedOn = states
    .map((state) => state.completedOn)
    .filter((date): date is string => date !== null);
  return periods.map((period) => {
    const monthEnd = `${period}-31` < asOf ? `${period}-31` : asOf;
    const completed = completedOn.filter((date) => date <= monthEnd).length;
    const average = reported.find((point) => point.period === period)?.average;
    return {
      period,
      completed,
      completionRate: rate(completed, counted),
      averageReportedPercent: average === undefined ? null : roundPercent(average, 1),
    };
  });
}
