import { addDays, chinaDateOf, type ReportRole } from '@bizenv/shared';
import { RETURN_REASONS, demoText, reportTexts } from './demo-texts.js';
import { officeInstant, workingDayAfter } from './history-clock.js';
import type { DemoHistory, HistoryTask, ReportRow } from './history-model.js';
import type { PlanWindow } from './plan-window.js';
import type { Prng } from './prng.js';

export interface ReportPlan {
  period: string;
  departmentId: number;
  role: ReportRole;
  completing: boolean;
  completion: number | null;
  carried: boolean;
  first: boolean;
}

/** One report with its events, or null when the department never sent it (missing). */
export function writeReport(
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
  // Nobody reports on a plan before it was issued.
  const monthStart = `${plan.period}-01`;
  const firstDay = monthStart < window.plan.issuedDate ? window.plan.issuedDate : monthStart;
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
