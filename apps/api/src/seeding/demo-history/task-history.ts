import {
  addDays,
  chinaDateOf,
  effectiveDeadline,
  periodOfDate,
  type ReportRole,
  type WorkingDayCalendar,
} from '@bizenv/shared';
import { RETURN_REASONS, demoText, reportTexts } from './demo-texts.js';
import { laterSameDay, officeInstant, workingDayAfter } from './history-clock.js';
import type {
  DemoHistory,
  HistoryActors,
  HistoryPlan,
  HistoryTask,
  ReportRow,
} from './history-model.js';
import { Prng } from './prng.js';
import { targetActualValue, targetOutcome } from './target-actuals.js';

/** The months a plan's history covers and how each period's report is judged. */
export interface PlanWindow {
  plan: HistoryPlan;
  /** Every period with reports: the plan's own months, then carried-over months up to now. */
  periods: string[];
  /** Index in `periods` of the plan's last own month (deadline or year end). */
  planEndIndex: number;
  dueDate(period: string): string;
  calendar: WorkingDayCalendar;
  actors: HistoryActors;
  /** Nothing happens after this instant (the Clock at seeding). */
  now: Date;
}

type Outcome = 'closed' | 'pending_closure' | 'open';

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

interface ReportPlan {
  period: string;
  departmentId: number;
  role: ReportRole;
  completing: boolean;
  completion: number | null;
  carried: boolean;
  first: boolean;
}

/** One report with its events, or null when the department never sent it (missing). */
function writeReport(
  task: HistoryTask,
  window: PlanWindow,
  random: Prng,
  plan: ReportPlan,
  out: DemoHistory,
): { row: ReportRow; events: DemoHistory['reportEvents'] } | null {
  const due = window.dueDate(plan.period);
  const lateness = random.next();
  // The last report of a finished task comes in: the closure request rests on it.
  const missing = () => {
    if (due < chinaDateOf(window.now)) {
      out.missing.push({
        jurisdictionCode: window.plan.jurisdictionCode,
        taskId: task.id,
        departmentId: plan.departmentId,
        period: plan.period,
      });
    }
    return null;
  };
  if (!plan.completing && lateness < (plan.carried ? 0.015 : 0.03)) return missing();
  const firstDay = `${plan.period}-01`;
  const lateDay = workingDayAfter(due, random.int(1, 9), window.calendar);
  const onTimeDay = earlier(due, random.int(0, 6), firstDay);
  // A late report of the latest period that would come in after today came in on time instead:
  // missing reports stay the ~3% meant, not whatever the Clock cuts off.
  const late = !plan.completing && lateness > 0.86 && lateDay <= chinaDateOf(window.now);
  const onDay = late ? lateDay : onTimeDay;
  const submittedAt = officeInstant(onDay, random);
  if (submittedAt > window.now) return missing();
  const author = window.actors.departmentUserId(plan.departmentId);
  const office = window.actors.officeUserId(window.plan.jurisdictionCode);
  const ref = `${task.id}/${plan.departmentId}/${plan.period}`;
  const events: DemoHistory['reportEvents'] = [
    {
      reportRef: ref,
      kind: 'submitted',
      actorUserId: author,
      reason: null,
      occurredAt: submittedAt,
    },
  ];
  let status: ReportRow['status'] = 'submitted';
  let lastSubmission = submittedAt;
  let returnReason: string | null = null;
  let reviewedAt: Date | null = null;
  let version = 2;
  // The closing report is not sent back: the closure request rests on its acceptance.
  if (!plan.completing && random.chance(0.07)) {
    const returnedAt = officeInstant(
      workingDayAfter(chinaDateOf(submittedAt), random.int(1, 3), window.calendar),
      random,
    );
    if (returnedAt <= window.now) {
      returnReason = demoText(random.pick(RETURN_REASONS));
      events.push({
        reportRef: ref,
        kind: 'returned',
        actorUserId: office,
        reason: returnReason,
        occurredAt: returnedAt,
      });
      status = 'returned';
      reviewedAt = returnedAt;
      version += 1;
      const again = officeInstant(
        workingDayAfter(chinaDateOf(returnedAt), random.int(1, 4), window.calendar),
        random,
      );
      if (again <= window.now) {
        events.push({
          reportRef: ref,
          kind: 'submitted',
          actorUserId: author,
          reason: null,
          occurredAt: again,
        });
        status = 'submitted';
        lastSubmission = again;
        version += 2;
      }
    }
  }
  if (status === 'submitted') {
    const acceptedAt = officeInstant(
      workingDayAfter(chinaDateOf(lastSubmission), random.int(1, 5), window.calendar),
      random,
    );
    if (acceptedAt <= window.now) {
      events.push({
        reportRef: ref,
        kind: 'accepted',
        actorUserId: office,
        reason: null,
        occurredAt: acceptedAt,
      });
      status = 'accepted';
      reviewedAt = acceptedAt;
      returnReason = null;
      version += 1;
    }
  }
  const stage = plan.completing
    ? 'completing'
    : plan.carried
      ? 'carried'
      : plan.first
        ? 'starting'
        : 'ongoing';
  const texts = reportTexts(task.title, stage, plan.completion, random);
  const createdAt = new Date(submittedAt.getTime() - random.int(10, 120) * 60_000);
  return {
    row: {
      ref,
      taskId: task.id,
      departmentId: plan.departmentId,
      period: plan.period,
      role: plan.role,
      status,
      ...texts,
      completionPercent: plan.completion,
      submittedAt: lastSubmission,
      firstSubmittedAt: submittedAt,
      reviewedBy: reviewedAt ? office : null,
      reviewedAt,
      returnReason,
      createdBy: author,
      createdAt,
      updatedAt: events[events.length - 1]!.occurredAt,
      version,
    },
    events,
  };
}

/** `days` before `date`, not before `floor` (a report cannot be written before its month). */
function earlier(date: string, days: number, floor: string): string {
  const shifted = addDays(date, -days);
  return shifted < floor ? floor : shifted;
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

/**
 * What the reviews and the closure workflow did to the task: the first accepted lead report
 * starts it (as ReportReviewService records it), a finished task is closed through a closure
 * request (sometimes rejected once), and the row ends with the status, completion and version
 * those writes left.
 */
function applyTaskWrites(
  task: HistoryTask,
  window: PlanWindow,
  random: Prng,
  outcome: Outcome,
  leadReports: ReportRow[],
  out: DemoHistory,
): void {
  const office = window.actors.officeUserId(window.plan.jurisdictionCode);
  const accepted = leadReports.filter((report) => report.status === 'accepted');
  let version = 1 + accepted.length;
  let status: 'not_started' | 'in_progress' | 'done_pending_closure' | 'closed' = 'not_started';
  const firstAccepted = [...accepted].sort(
    (a, b) => a.reviewedAt!.getTime() - b.reviewedAt!.getTime(),
  )[0];
  if (firstAccepted) {
    status = 'in_progress';
    out.taskEvents.push({
      taskId: task.id,
      type: 'status_changed',
      actorUserId: office,
      occurredAt: firstAccepted.reviewedAt!,
      reason: demoText(`${firstAccepted.period} 月度报告审核通过，任务转为推进中`),
      fromStatus: 'not_started',
      toStatus: 'in_progress',
      before: { completionPercent: null },
      after: { completionPercent: firstAccepted.completionPercent, reportRef: firstAccepted.ref },
    });
  }
  const finalReport = leadReports[leadReports.length - 1];
  if (
    outcome !== 'open' &&
    status === 'in_progress' &&
    finalReport?.completionPercent === 100 &&
    finalReport.status === 'accepted'
  ) {
    const result = closeTask(task, window, random, outcome, finalReport, out);
    status = result.status;
    version += result.writes;
  }
  const completion = [...accepted].sort((a, b) => b.period.localeCompare(a.period))[0];
  out.taskStates.push({
    taskId: task.id,
    status,
    completionPercent: completion?.completionPercent ?? null,
    version,
  });
}

function closeTask(
  task: HistoryTask,
  window: PlanWindow,
  random: Prng,
  outcome: Outcome,
  finalReport: ReportRow,
  out: DemoHistory,
): { status: 'in_progress' | 'done_pending_closure' | 'closed'; writes: number } {
  const office = window.actors.officeUserId(window.plan.jurisdictionCode);
  const requester = window.actors.departmentUserId(finalReport.departmentId);
  let at = laterSameDay(finalReport.reviewedAt!, random);
  if (at > window.now) return { status: 'in_progress', writes: 0 };
  const rejectFirst = outcome === 'closed' && random.chance(0.12);
  let status: 'in_progress' | 'done_pending_closure' | 'closed' = 'in_progress';
  let writes = 0;
  const request = (requestedAt: Date, decision: 'approved' | 'rejected' | 'pending') => {
    const ref = `${task.id}/closure/${out.closureRequests.length}`;
    const note = demoText('各项工作已按计划完成，佐证材料已整理归档，申请销号。');
    const decidedAt =
      decision === 'pending'
        ? null
        : officeInstant(
            workingDayAfter(chinaDateOf(requestedAt), random.int(1, 4), window.calendar),
            random,
          );
    const reason =
      decision === 'rejected' ? demoText('佐证材料不完整，请补充后重新申请销号。') : null;
    out.closureRequests.push({
      ref,
      taskId: task.id,
      requestedBy: requester,
      departmentId: finalReport.departmentId,
      note,
      status: decision,
      createdAt: requestedAt,
      decidedBy: decidedAt ? office : null,
      decidedAt,
      decisionReason: reason,
      version: decision === 'pending' ? 1 : 2,
    });
    out.taskEvents.push({
      taskId: task.id,
      type: 'closure_requested',
      actorUserId: requester,
      occurredAt: requestedAt,
      reason: note,
      fromStatus: 'in_progress',
      toStatus: 'done_pending_closure',
      before: null,
      after: { closureRequestRef: ref, note, attachmentIds: [] },
    });
    status = 'done_pending_closure';
    writes += 1;
    if (!decidedAt) return null;
    const approved = decision === 'approved';
    out.taskEvents.push({
      taskId: task.id,
      type: approved ? 'closure_approved' : 'closure_rejected',
      actorUserId: office,
      occurredAt: decidedAt,
      reason,
      fromStatus: 'done_pending_closure',
      toStatus: approved ? 'closed' : 'in_progress',
      before: null,
      after: { closureRequestRef: ref, decision },
    });
    status = approved ? 'closed' : 'in_progress';
    writes += 1;
    return decidedAt;
  };
  if (rejectFirst) {
    const rejectedAt = request(at, 'rejected')!;
    at = officeInstant(
      workingDayAfter(chinaDateOf(rejectedAt), random.int(1, 3), window.calendar),
      random,
    );
    if (at > window.now) return { status, writes };
  }
  const decision = outcome === 'pending_closure' ? 'pending' : 'approved';
  const decidedAt = request(at, decision);
  if (decidedAt && decidedAt > window.now) {
    // Decided only in the future: today the request is still waiting.
    const pending = out.closureRequests[out.closureRequests.length - 1]!;
    Object.assign(pending, {
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      version: 1,
    });
    out.taskEvents.pop();
    return { status: 'done_pending_closure', writes: writes - 1 };
  }
  return { status, writes };
}

/** Whether a task still open at `today` is past its dated deadline (the scheduler's rule). */
export function overdueSince(task: HistoryTask, calendar: WorkingDayCalendar): string | null {
  if (task.deadlineDate === null || !['date', 'milestone', 'phase'].includes(task.deadlineKind))
    return null;
  return effectiveDeadline(task.deadlineDate, calendar);
}
