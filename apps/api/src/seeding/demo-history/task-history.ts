import { effectiveDeadline, periodOfDate, type WorkingDayCalendar } from '@bizenv/shared';
import type { DemoHistory, HistoryTask, ReportRow } from './history-model.js';
import type { Outcome, PlanWindow } from './plan-window.js';
import { Prng } from './prng.js';
import { writeReport } from './report-history.js';
import { targetActualValue, targetOutcome } from './target-actuals.js';
import { applyTaskWrites } from './task-status-history.js';

/**
 * One task's history: monthly reports of each of its departments from the month it starts,
 * their review, the status changes they and the closure workflow cause. Appends to `out`.
 */
export function generateTaskHistory(task: HistoryTask, window: PlanWindow, out: DemoHistory): void {
  if (task.departments.length === 0) return;
  // Without a lead nobody's report can start or finish the task: it stays as it is, reported on.
  const hasLead = task.departments.some((department) => department.role === 'lead');
  const random = new Prng(`${window.plan.key}/${task.code}`);
  const last = window.periods.length - 1;
  const start = random.chance(0.85) ? 0 : Math.min(random.int(1, 2), window.planEndIndex);
  const deadlineIndex = indexOfDeadline(task, window);
  const roll = random.next();
  const outcome: Outcome = !hasLead
    ? 'open'
    : roll < 0.86
      ? 'closed'
      : roll < 0.9
        ? 'pending_closure'
        : 'open';
  const end =
    outcome === 'closed'
      ? random.chance(0.8) || deadlineIndex >= window.planEndIndex
        ? random.int(Math.min(start + 1, deadlineIndex), deadlineIndex)
        : random.int(deadlineIndex + 1, window.planEndIndex)
      : last;
  const openFinal = random.int(45, 90);
  const reach = task.targets.map(() => targetOutcome(outcome !== 'open', random));

  const leadReports: ReportRow[] = [];
  for (let index = start; index <= end; index += 1) {
    const period = window.periods[index]!;
    const completing = outcome !== 'open' && index === end;
    const progress = completionAt(index, start, end, outcome, openFinal, window.planEndIndex);
    for (const { departmentId, role } of task.departments) {
      const report = writeReport(
        task,
        window,
        random,
        {
          period,
          departmentId,
          role,
          completing,
          completion: role === 'lead' ? progress : null,
          carried: index > window.planEndIndex,
          first: index === start,
        },
        out,
      );
      if (!report) continue;
      out.reports.push(report.row);
      out.reportEvents.push(...report.events);
      if (role === 'lead') {
        leadReports.push(report.row);
        task.targets.forEach((target, position) =>
          out.targetActuals.push({
            reportRef: report.row.ref,
            targetId: target.id,
            value: targetActualValue(target, progress / 100, reach[position]!, random),
            unit: target.unit,
          }),
        );
      }
    }
  }
  applyTaskWrites(task, window, random, outcome, leadReports, out);
}

function indexOfDeadline(task: HistoryTask, window: PlanWindow): number {
  if (task.deadlineDate === null) return window.planEndIndex;
  const index = window.periods.indexOf(periodOfDate(task.deadlineDate));
  if (index < 0) return task.deadlineDate < window.periods[0]! ? 0 : window.planEndIndex;
  return Math.min(index, window.planEndIndex);
}

/** The lead's completion in month `index`: rising to 100 at the end of a finished task. */
function completionAt(
  index: number,
  start: number,
  end: number,
  outcome: Outcome,
  openFinal: number,
  planEnd: number,
): number {
  if (outcome !== 'open') {
    if (index === end) return 100;
    return Math.min(95, Math.max(5, Math.round((100 * (index - start + 1)) / (end - start + 2))));
  }
  const ownMonths = Math.max(1, planEnd - start + 1);
  const rising = Math.round((openFinal * Math.min(index - start + 1, ownMonths)) / ownMonths);
  const creep = index > planEnd ? Math.floor((index - planEnd) / 3) : 0;
  return Math.max(5, Math.min(95, rising + creep));
}

/** Whether a task still open at `today` is past its dated deadline (the scheduler's rule). */
export function overdueSince(task: HistoryTask, calendar: WorkingDayCalendar): string | null {
  if (task.deadlineDate === null || !['date', 'milestone', 'phase'].includes(task.deadlineKind))
    return null;
  return effectiveDeadline(task.deadlineDate, calendar);
}
