import { AUTO_NOTICE_RESPONSE_WORKING_DAYS, chinaDateOf, TASK_STATUS_LABELS } from '@bizenv/shared';
import { groupBy } from '../../common/group-by.js';
import { demoText } from './demo-texts.js';
import { laterSameDay, officeInstant, workingDayAfter } from './history-clock.js';
import type { DemoHistory, HistoryTask, NoticeRow } from './history-model.js';
import { Prng } from './prng.js';
import type { PlanWindow } from './plan-window.js';
import { overdueSince } from './task-history.js';

/**
 * The scheduler's overdue-task notice (same dedupe key), drafted the working day after the
 * deadline passed, issued by the office and answered by each lead department; closed once the
 * task was closed. The scheduler then finds it and drafts nothing again.
 */
export function generateOverdueNotices(
  task: HistoryTask,
  window: PlanWindow,
  out: DemoHistory,
): void {
  const due = overdueSince(task, window.calendar);
  if (due === null) return;
  const state = out.taskStates.find((candidate) => candidate.taskId === task.id);
  if (!state) return;
  const closing = out.taskEvents.find(
    (event) => event.taskId === task.id && event.type === 'closure_requested',
  );
  const closed = out.taskEvents.find(
    (event) => event.taskId === task.id && event.type === 'closure_approved',
  );
  const draftedOn = window.calendar.addWorkingDays(due, 1);
  // Finished before the deadline passed: never overdue.
  if (closing && chinaDateOf(closing.occurredAt) <= due) return;
  const random = new Prng(`${window.plan.key}/${task.code}/overdue`);
  const late = window.calendar.workingDaysBetween(due, draftedOn);
  const reason = demoText(
    `任务“${task.code} ${task.title}”的完成时限为 ${due}，目前仍为${TASK_STATUS_LABELS.in_progress}，` +
      `已逾期 ${late} 个工作日。请说明进展和逾期原因，提出整改措施及完成时间。`,
  );
  for (const { departmentId, role } of task.departments) {
    if (role !== 'lead') continue;
    writeNotice(window, random, out, {
      ref: `${task.id}/overdue/${departmentId}`,
      dedupeKey: `overdue-task:${task.id}:${task.deadlineDate}:d${departmentId}`,
      origin: 'auto_overdue_task',
      level: 'supervision',
      taskId: task.id,
      departmentId,
      reason,
      draftedOn,
      response: demoText('已召开专题会议分析逾期原因，制定整改措施，明确完成时限，将加快推进。'),
      closeAt: closed?.occurredAt ?? null,
    });
  }
}

/**
 * The scheduler's missing-report reminders (same dedupe key, one per department and period):
 * for the latest period past its due date always, so a first start drafts nothing again, and
 * for about half of the earlier gaps.
 */
export function generateMissingReportNotices(
  windows: Map<string, PlanWindow>,
  tasksById: Map<number, HistoryTask>,
  out: DemoHistory,
): void {
  const groups = groupBy(
    out.missing,
    (gap) => `${gap.jurisdictionCode}:${gap.period}:d${gap.departmentId}`,
  );
  for (const [key, gaps] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const { jurisdictionCode, period, departmentId } = gaps[0]!;
    const window = windows.get(jurisdictionCode)!;
    const random = new Prng(`missing-report:${key}`);
    const latest = period === window.periods[window.periods.length - 1];
    if (!latest && !random.chance(0.5)) continue;
    const dueDate = window.dueDate(period);
    const named = gaps.slice(0, 5).map((gap) => {
      const task = tasksById.get(gap.taskId)!;
      return `“${task.code} ${task.title}”`;
    });
    const more = gaps.length > 5 ? `等 ${gaps.length} 项任务` : '';
    writeNotice(window, random, out, {
      ref: `missing/${key}`,
      dedupeKey: `missing-report:${key}`,
      origin: 'auto_missing_report',
      level: 'reminder',
      taskId: gaps.length === 1 ? gaps[0]!.taskId : null,
      departmentId,
      reason: demoText(
        `${named.join('、')}${more}的 ${period} 月度进展报告截至 ${dueDate} 仍未报送。请尽快报送，并说明未按时报送的原因。`,
      ),
      draftedOn: window.calendar.addWorkingDays(dueDate, 1),
      response: random.chance(0.7)
        ? demoText('因人员调整未能按时报送，已补充完善并加强督促，今后按时报送。')
        : null,
      closeAt: null,
    });
  }
}

interface NoticePlan {
  ref: string;
  dedupeKey: string;
  origin: NoticeRow['origin'];
  level: NoticeRow['level'];
  taskId: number | null;
  departmentId: number;
  reason: string;
  draftedOn: string;
  response: string | null;
  closeAt: Date | null;
}

function writeNotice(window: PlanWindow, random: Prng, out: DemoHistory, plan: NoticePlan): void {
  const office = window.actors.officeUserId(window.plan.jurisdictionCode);
  const draftedAt = officeInstant(plan.draftedOn, random);
  // Not drafted yet at seeding: the scheduler's own run drafts it.
  if (draftedAt > window.now) return;
  let issuedAt = officeInstant(
    workingDayAfter(plan.draftedOn, random.int(0, 2), window.calendar),
    random,
  );
  if (issuedAt <= draftedAt) issuedAt = laterSameDay(draftedAt, random);
  const notice: NoticeRow = {
    ref: plan.ref,
    jurisdictionCode: window.plan.jurisdictionCode,
    taskId: plan.taskId,
    departmentId: plan.departmentId,
    reason: plan.reason,
    level: plan.level,
    responseDue: window.calendar.addWorkingDays(plan.draftedOn, AUTO_NOTICE_RESPONSE_WORKING_DAYS),
    status: 'draft',
    origin: plan.origin,
    dedupeKey: plan.dedupeKey,
    response: null,
    answeredBy: null,
    answeredAt: null,
    issuedBy: null,
    issuedAt: null,
    closedBy: null,
    closedAt: null,
    createdBy: null,
    createdAt: draftedAt,
    version: 1,
  };
  out.notices.push(notice);
  const events = out.noticeEvents;
  events.push({
    noticeRef: plan.ref,
    action: 'drafted',
    actorUserId: null,
    before: null,
    after: null,
    occurredAt: draftedAt,
  });
  // Drafted today, not issued yet: the office finds it among its drafts.
  if (issuedAt > window.now) return;
  Object.assign(notice, { status: 'issued', issuedBy: office, issuedAt, version: 2 });
  events.push({
    noticeRef: plan.ref,
    action: 'issued',
    actorUserId: office,
    before: { status: 'draft' },
    after: { status: 'issued', issuedBy: office, issuedAt: issuedAt.toISOString() },
    occurredAt: issuedAt,
  });
  if (plan.response) {
    const answeredAt = officeInstant(
      workingDayAfter(chinaDateOf(issuedAt), random.int(1, 3), window.calendar),
      random,
    );
    if (answeredAt <= window.now) {
      const answeredBy = window.actors.departmentUserId(plan.departmentId);
      Object.assign(notice, {
        status: 'answered',
        response: plan.response,
        answeredBy,
        answeredAt,
        version: 3,
      });
      events.push({
        noticeRef: plan.ref,
        action: 'answered',
        actorUserId: answeredBy,
        before: { status: 'issued' },
        after: {
          status: 'answered',
          response: plan.response,
          answeredBy,
          answeredAt: answeredAt.toISOString(),
        },
        occurredAt: answeredAt,
      });
    }
  }
  const closedAt =
    plan.closeAt ??
    (notice.status === 'answered' && random.chance(0.5)
      ? officeInstant(
          workingDayAfter(chinaDateOf(notice.answeredAt!), random.int(1, 5), window.calendar),
          random,
        )
      : null);
  const lastAt = notice.answeredAt ?? issuedAt;
  if (closedAt && closedAt > lastAt && closedAt <= window.now) {
    events.push({
      noticeRef: plan.ref,
      action: 'closed',
      actorUserId: office,
      before: { status: notice.status },
      after: { status: 'closed', closedBy: office, closedAt: closedAt.toISOString() },
      occurredAt: closedAt,
    });
    Object.assign(notice, {
      status: 'closed',
      closedBy: office,
      closedAt,
      version: notice.version + 1,
    });
  }
}
