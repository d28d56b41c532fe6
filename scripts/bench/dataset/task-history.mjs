// One task's life over the time frame: when it started, whether and when it was completed,
// closed or suspended, its deadline, and the completion its lead reports show month by month.
import { addDays, addMonths, dateIn, daysInMonth, instantOn } from './time.mjs';

/**
 * Decides a task's fate. `last` is the index of the current period in `frame.periods`. Shares:
 * ~10% ongoing (持续推进, no date), ~35% completed (80% of them on time), ~12% overdue, ~3%
 * suspended, ~5% due within two weeks, the rest open with a later deadline; ~2% never started.
 */
export function taskFate(rng, frame) {
  const last = frame.periods.length - 1;
  const neverStarted = rng.chance(0.02);
  const start = neverStarted ? null : rng.chance(0.03) ? rng.int(1, last) : 0;
  const fate = {
    start,
    completedAt: null,
    closedAt: null,
    suspendedAt: null,
    deadlineKind: 'date',
    deadlineDate: null,
  };
  const r = rng.next();
  const canFinish = start !== null && start <= last - 3;
  if (r < 0.1) {
    fate.deadlineKind = 'ongoing';
  } else if (r < 0.45 && canFinish) {
    const k = rng.int(start + 2, last - 1);
    fate.completedAt = k;
    const closeAfter = k + 1 < last || (k + 1 === last && frame.todayDay > 10);
    if (closeAfter && rng.chance(0.8)) fate.closedAt = k + 1;
    const monthsLeeway = rng.chance(0.8) ? rng.int(0, 3) : -rng.int(1, Math.min(3, k - start));
    const period = addMonths(frame.periods[k], monthsLeeway);
    fate.deadlineDate = dateIn(period, daysInMonth(period));
  } else if (r < 0.57 && start !== null && start < last - 1) {
    const period = frame.periods[Math.max(start + 1, last - rng.int(1, 6))];
    fate.deadlineDate = dateIn(period, daysInMonth(period));
  } else if (r < 0.6 && canFinish) {
    fate.suspendedAt = rng.int(start + 1, last - 1);
    fate.deadlineDate = dateIn(addMonths(frame.current, 6), 30);
  } else if (r < 0.65) {
    fate.deadlineDate = addDays(frame.today, rng.int(1, 13));
  } else {
    const period = addMonths(frame.current, rng.int(1, 14));
    fate.deadlineDate = dateIn(period, daysInMonth(period));
  }
  return fate;
}

/** The last period index the task reports for (inclusive), or -1 when it never reports. */
export function lastReportingPeriod(fate, last) {
  if (fate.start === null) return -1;
  return fate.completedAt ?? fate.suspendedAt ?? last;
}

/** Completion percent shown by the lead report of period index `j`. */
export function completionPercent(fate, j, frame) {
  if (fate.completedAt !== null) {
    return Math.round((100 * (j - fate.start + 1)) / (fate.completedAt - fate.start + 1));
  }
  const last = frame.periods.length - 1;
  // The period index the task is planned to end at (memoised on the fate).
  fate.horizon ??=
    fate.deadlineDate === null
      ? last + 6
      : last + monthsBetween(frame.current, fate.deadlineDate.slice(0, 7));
  const horizon = fate.horizon;
  return Math.min(95, Math.round((100 * (j - fate.start + 1)) / (horizon - fate.start + 2)));
}

function monthsBetween(fromPeriod, toPeriod) {
  const [fy, fm] = fromPeriod.split('-').map(Number);
  const [ty, tm] = toPeriod.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}

/**
 * The status changes of the task, as task_event rows would record them, and its status now.
 * `startedAt` is the instant the first lead report was accepted (null: never).
 */
export function statusHistory(fate, startedAt, frame) {
  const changes = [];
  if (startedAt === null) return { status: 'not_started', changes };
  changes.push(['not_started', 'in_progress', startedAt]);
  if (fate.completedAt !== null) {
    changes.push([
      'in_progress',
      'done_pending_closure',
      instantOn(dateIn(frame.periods[fate.completedAt], 25), 7),
    ]);
    if (fate.closedAt === null) return { status: 'done_pending_closure', changes };
    changes.push([
      'done_pending_closure',
      'closed',
      instantOn(dateIn(frame.periods[fate.closedAt], 10), 3),
    ]);
    return { status: 'closed', changes };
  }
  if (fate.suspendedAt !== null) {
    changes.push([
      'in_progress',
      'suspended',
      instantOn(dateIn(frame.periods[fate.suspendedAt], 26), 6),
    ]);
    return { status: 'suspended', changes };
  }
  return { status: 'in_progress', changes };
}
