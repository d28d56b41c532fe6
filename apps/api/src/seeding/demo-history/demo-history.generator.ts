import {
  addDays,
  chinaDateOf,
  chinaPeriodOf,
  periodOfDate,
  previousPeriod,
  type WorkingDayCalendar,
} from '@bizenv/shared';
import { nextPeriod, periodsBetween } from './history-clock.js';

/** Days a department needs between a plan's issue and its first report's due date. */
const MIN_DAYS_BEFORE_FIRST_DUE = 5;
import type { DemoHistory, HistoryActors, HistoryPlan, HistoryTask } from './history-model.js';
import { generateProblem } from './problem-history.js';
import { generateMissingReportNotices, generateOverdueNotices } from './supervision-history.js';
import type { PlanWindow } from './plan-window.js';
import { generateTaskHistory } from './task-history.js';

export interface HistoryInput {
  plans: HistoryPlan[];
  tasks: HistoryTask[];
  actors: HistoryActors;
  calendar: WorkingDayCalendar;
  /** Report due day per jurisdiction. */
  dueDate(jurisdictionCode: string, period: string): string;
  now: Date;
}

/**
 * The whole demo history, a pure function of the seeded plans, the calendar and `now`: every
 * choice comes from a PRNG keyed by the plan and task, so two fresh databases get the same rows.
 * Each plan's months run from its issue date through its year (or its last deadline); tasks
 * still open then keep reporting up to the latest period whose due date has passed.
 */
export function generateDemoHistory(input: HistoryInput): DemoHistory {
  const out: DemoHistory = {
    missing: [],
    reports: [],
    reportEvents: [],
    targetActuals: [],
    taskEvents: [],
    closureRequests: [],
    taskStates: [],
    problems: [],
    problemEvents: [],
    notices: [],
    noticeEvents: [],
  };
  const windows = new Map<string, PlanWindow>();
  const tasksById = new Map(input.tasks.map((task) => [task.id, task]));
  for (const plan of [...input.plans].sort((a, b) => a.id - b.id)) {
    const tasks = input.tasks.filter((task) => task.planId === plan.id);
    const window = planWindow(plan, tasks, input);
    if (!window) continue;
    if (!windows.has(plan.jurisdictionCode)) windows.set(plan.jurisdictionCode, window);
    for (const task of tasks) {
      const firstReport = out.reports.length;
      generateTaskHistory(task, window, out);
      const leadReports = out.reports.slice(firstReport).filter((report) => report.role === 'lead');
      generateProblem(task, window, leadReports, out);
      generateOverdueNotices(task, window, out);
    }
  }
  generateMissingReportNotices(windows, tasksById, out);
  return out;
}

function planWindow(
  plan: HistoryPlan,
  tasks: HistoryTask[],
  input: HistoryInput,
): PlanWindow | null {
  const dueDates = new Map<string, string>();
  const dueDate = (period: string) => {
    let date = dueDates.get(period);
    if (date === undefined) {
      date = input.dueDate(plan.jurisdictionCode, period);
      dueDates.set(period, date);
    }
    return date;
  };
  // The latest period whose report is already due (the scheduler's "latest overdue period").
  const today = chinaDateOf(input.now);
  const current = chinaPeriodOf(input.now);
  const horizon = dueDate(current) < today ? current : previousPeriod(current);
  // The issue month reports only when the plan came out well before that month's due date.
  const issueMonth = periodOfDate(plan.issuedDate);
  const first =
    dueDate(issueMonth) >= addDays(plan.issuedDate, MIN_DAYS_BEFORE_FIRST_DUE)
      ? issueMonth
      : nextPeriod(issueMonth);
  if (first > horizon) return null;
  const lastDeadline = tasks
    .map((task) => task.deadlineDate)
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
  let planEnd = `${plan.year}-12`;
  if (lastDeadline && periodOfDate(lastDeadline) > planEnd) planEnd = periodOfDate(lastDeadline);
  if (planEnd < first) planEnd = first;
  if (planEnd > horizon) planEnd = horizon;
  const periods = periodsBetween(first, horizon);
  return {
    plan,
    periods,
    planEndIndex: periods.indexOf(planEnd),
    dueDate,
    calendar: input.calendar,
    actors: input.actors,
    now: input.now,
  };
}
