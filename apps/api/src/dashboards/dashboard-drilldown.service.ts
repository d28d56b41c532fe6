import { Injectable } from '@nestjs/common';
import {
  type DashboardReportListQuery,
  type DashboardReportListResponse,
  type DashboardTaskListResponse,
  findIndicator,
  isValidPeriod,
  type SessionUser,
  TARGET_VERDICTS,
  TASK_STATUSES,
} from '@bizenv/shared';
import { DashboardContextService } from './dashboard-context.service.js';
import { obligations, reportTimelinessAt, targetRows } from './dashboard-rows.js';
import { DashboardsRepository } from './dashboards.repository.js';
import { bucketInvalid, periodInvalid } from './dashboards.errors.js';
import { taskRow, type TaskState, taskState } from './task-figures.js';
import { TaskPeople } from './task-people.js';

type TaskFilter = (state: TaskState) => boolean;

/** The lists behind every dashboard number: tasks by bucket, reports by state. */
@Injectable()
export class DashboardDrilldownService {
  constructor(
    private readonly contexts: DashboardContextService,
    private readonly repository: DashboardsRepository,
  ) {}

  async tasks(
    user: SessionUser,
    code: string,
    asOf: string | undefined,
    bucket = 'all',
  ): Promise<DashboardTaskListResponse> {
    const context = await this.contexts.forUser(user, code, asOf);
    const scope = this.contexts.scope(context, [code]);
    const [facts, departments, assignments] = await Promise.all([
      this.repository.taskFacts(scope),
      this.repository.taskDepartments(scope, context.reportPeriod),
      this.repository.indicatorAssignments(scope),
    ]);
    const states = facts.map((fact) => taskState(fact, context));
    const filter = await this.filter(bucket, departments, states, scope);
    const people = new TaskPeople(departments, assignments);
    const items = states
      .filter(filter)
      .map((state) =>
        taskRow(state, context, people.forTask(state.fact.id, state.fact.indicatorCode)),
      );
    return { asOf: context.asOf, bucket, items, total: items.length };
  }

  private async filter(
    bucket: string,
    departments: { taskId: number; departmentId: number; role: string }[],
    states: TaskState[],
    scope: Parameters<DashboardsRepository['targets']>[0],
  ): Promise<TaskFilter> {
    const [kind, value = ''] = bucket.split(/:(.*)/s) as [string, string?];
    const departmentTasks = (role?: string) => {
      const id = Number(value);
      if (!Number.isInteger(id) || id < 1) throw bucketInvalid();
      return new Set(
        departments
          .filter((row) => row.departmentId === id && (role === undefined || row.role === role))
          .map((row) => row.taskId),
      );
    };
    switch (kind) {
      case 'all':
        return () => true;
      case 'overdue':
        return (state) => state.overdue;
      case 'due_soon':
        return (state) => state.dueSoon;
      case 'completed':
        return (state) => state.completed;
      case 'status':
        if (!(TASK_STATUSES as readonly string[]).includes(value)) throw bucketInvalid();
        return (state) => state.fact.status === value;
      case 'indicator': {
        if (!findIndicator(value)) throw bucketInvalid();
        return ({ fact }) =>
          fact.indicatorCode === value ||
          (fact.indicatorCode !== null && findIndicator(fact.indicatorCode)?.parentCode === value);
      }
      case 'department': {
        const tasks = departmentTasks();
        return (state) => tasks.has(state.fact.id);
      }
      case 'department_overdue': {
        const tasks = departmentTasks('lead');
        return (state) => state.overdue && tasks.has(state.fact.id);
      }
      case 'target_verdict': {
        if (!(TARGET_VERDICTS as readonly string[]).includes(value)) throw bucketInvalid();
        const byId = new Map(states.map((state) => [state.fact.id, state]));
        const targets = targetRows(await this.repository.targets(scope), [], byId);
        const tasks = new Set(targets.filter((t) => t.verdict === value).map((t) => t.taskId));
        return (state) => tasks.has(state.fact.id);
      }
      default:
        throw bucketInvalid();
    }
  }

  async reports(
    user: SessionUser,
    code: string,
    query: DashboardReportListQuery,
  ): Promise<DashboardReportListResponse> {
    const context = await this.contexts.forUser(user, code, query.asOf);
    const period = query.period ?? context.reportPeriod;
    if (!isValidPeriod(period) || period > context.reportPeriod) throw periodInvalid();
    const scope = this.contexts.scope(context, [code]);
    const [facts, departments, dueDates] = await Promise.all([
      this.repository.taskFacts(scope),
      this.repository.taskDepartments(scope, period),
      this.contexts.dueDates(context, [code], period),
    ]);
    const dueDate = dueDates.get(code)!;
    const states = new Map(facts.map((fact) => [fact.id, taskState(fact, context)]));
    const items = obligations(departments, states)
      .filter((row) => query.department === undefined || row.departmentId === query.department)
      .map((row) => {
        const fact = states.get(row.taskId)!.fact;
        const submitted = row.firstSubmittedAt !== null && row.firstSubmittedAt < context.cut;
        return {
          taskId: row.taskId,
          taskCode: fact.code,
          taskTitle: fact.title,
          departmentId: row.departmentId,
          departmentName: row.departmentName,
          role: row.role,
          period,
          dueDate,
          reportId: row.reportId,
          reportStatus: row.reportStatus,
          firstSubmittedAt: submitted ? row.firstSubmittedAt : null,
          timeliness: reportTimelinessAt(row, dueDate, context),
          completionPercent: row.completionPercent,
        };
      })
      .filter((item) => {
        if (query.state === undefined) return true;
        if (query.state === 'submitted') return ['on_time', 'late'].includes(item.timeliness);
        return item.timeliness === query.state;
      });
    return { asOf: context.asOf, period, dueDate, items, total: items.length };
  }
}
