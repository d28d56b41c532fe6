import { chinaDateOf } from '@bizenv/shared';
import { demoText } from './demo-texts.js';
import { laterSameDay, officeInstant, workingDayAfter } from './history-clock.js';
import type { DemoHistory, HistoryTask, ReportRow } from './history-model.js';
import type { Outcome, PlanWindow } from './plan-window.js';
import type { Prng } from './prng.js';

/**
 * What the reviews and the closure workflow did to the task: the first accepted lead report
 * starts it (as ReportReviewService records it), a finished task is closed through a closure
 * request (sometimes rejected once), and the row ends with the status, completion and version
 * those writes left.
 */
export function applyTaskWrites(
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
