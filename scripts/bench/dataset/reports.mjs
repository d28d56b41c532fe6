// Monthly progress reports of one task: the lead department every month it is open, the support
// departments in the last months. The usual review events (submitted, accepted) and the target
// actuals are derived from these rows in SQL afterwards (see derived.mjs); only the rare
// returned-and-resubmitted reports write their extra events here.
import { completionPercent, lastReportingPeriod } from './task-history.mjs';
import { NEXT_STEPS, PROBLEMS, RETURN_REASON, WORK_DONE } from './texts.mjs';
import { dateIn, instantOn } from './time.mjs';

/**
 * Months (ending with the current one) in which support departments report too: chosen so the
 * full dataset has about 650,000 report rows, the volume of the reference measurement.
 */
const SUPPORT_MONTHS = 7;

/**
 * When the report of a period was submitted, returned and reviewed, as days of the month; null
 * when it was not submitted (the current month before its day, or a missed report).
 */
function submission(rng, isCurrent, todayDay) {
  const day = rng.chance(0.08) ? rng.int(21, 28) : rng.int(8, 20);
  if (isCurrent) {
    if (day >= todayDay) return null;
    const reviewed = day + 2 < todayDay ? day + 2 : null;
    return { first: day, returned: null, submitted: day, reviewed };
  }
  if (rng.chance(0.02))
    return { first: day, returned: day + 1, submitted: day + 3, reviewed: day + 5 };
  return { first: day, returned: null, submitted: day, reviewed: day + 2 };
}

/**
 * Writes the reports of task `task` (with `fate`, departments `lead`/`supports` as
 * { id, userId }) and returns the instant its first lead report was accepted and the completion
 * of its latest accepted lead report.
 */
export function writeTaskReports(ctx, task, fate) {
  const { rng, frame } = ctx;
  const last = frame.periods.length - 1;
  const end = lastReportingPeriod(fate, last);
  let startedAt = null;
  let completion = null;
  for (let j = fate.start ?? 0; j <= end; j++) {
    const mustReport = j === fate.start || j === end;
    if (!mustReport && rng.chance(0.02)) continue;
    const percent = completionPercent(fate, j, frame);
    const accepted = writeReport(ctx, task.id, task.lead, 'lead', j, percent);
    if (accepted) {
      startedAt ??= accepted;
      completion = percent;
    }
  }
  for (let j = Math.max(fate.start ?? last + 1, last - SUPPORT_MONTHS + 1); j <= end; j++) {
    for (const support of task.supports) {
      if (rng.chance(0.88)) writeReport(ctx, task.id, support, 'support', j, null);
    }
  }
  return { startedAt, completion };
}

/** One report row with its events and actuals; returns the instant it was accepted, if it was. */
function writeReport(ctx, taskId, department, role, j, percent) {
  const { w, ids, rng, frame, officeUserId } = ctx;
  const period = frame.periods[j];
  const isCurrent = j === frame.periods.length - 1;
  const times = submission(rng, isCurrent, frame.todayDay);
  const id = ++ids.report;
  const text = (id * 7) % WORK_DONE.length;
  if (times === null) {
    // The current month, not submitted yet: some departments have a draft saved.
    if (!isCurrent || !rng.chance(0.25)) {
      ids.report--;
      return null;
    }
    const created = instantOn(dateIn(period, Math.max(1, frame.todayDay - 1)), 1);
    // prettier-ignore
    w.report.add(
      id, taskId, department.id, period, role, 'draft', WORK_DONE[text], '', '', percent,
      null, null, null, null, null, department.userId, 1, created, created,
    );
    return null;
  }
  const at = (day, hour) => instantOn(dateIn(period, day), hour, (id * 13) % 60);
  const firstAt = at(times.first, 2);
  const submittedAt = at(times.submitted, 3);
  const reviewedAt = times.reviewed === null ? null : at(times.reviewed, 6);
  const status = reviewedAt === null ? 'submitted' : 'accepted';
  const version = 2 + (times.returned === null ? 0 : 2) + (reviewedAt === null ? 0 : 1);
  const createdAt = at(times.first, 1);
  // prettier-ignore
  w.report.add(
    id, taskId, department.id, period, role, status, WORK_DONE[text],
    PROBLEMS[id % PROBLEMS.length], NEXT_STEPS[id % NEXT_STEPS.length], percent,
    submittedAt, firstAt, reviewedAt === null ? null : officeUserId, reviewedAt, null,
    department.userId, version, createdAt, reviewedAt ?? submittedAt,
  );
  if (times.returned !== null) {
    w.reportEvent.add(id, 'returned', officeUserId, RETURN_REASON, at(times.returned, 5));
    w.reportEvent.add(id, 'submitted', department.userId, null, submittedAt);
  }
  return reviewedAt;
}
