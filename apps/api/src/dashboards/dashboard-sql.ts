/**
 * SQL fragments shared by the dashboard repositories: a task's state "as of" the instant
 * `:cut` (exclusive end of the asOf China day, fixed-width ISO UTC text like every
 * occurred_at / first_submitted_at column). Each is a correlated subquery on the task alias
 * `t`, answered from a covering index of migrations 1764100000000 and 1764100100000 (no
 * table read).
 */

/** Lead reports that count: submitted or accepted, first submitted before the cut. */
const COUNTED_LEAD_REPORT = (alias: string) =>
  `${alias}.task_id = t.id AND ${alias}.role = 'lead' AND ${alias}.status IN ('submitted', 'accepted') AND ${alias}.first_submitted_at < :cut`;

/**
 * Status at the cut: the target of the last status-carrying event before it (any type with a
 * `to_status`: status_changed, closure_requested/approved/rejected — docs/task-tracking.md);
 * else, when the task changed only later, the status it had before its first change; else its
 * status now.
 * For today (`live`) the stored status is the answer and the history is not read.
 */
export function statusAt(live: boolean): string {
  if (live) return 't.status';
  return `COALESCE(
    (SELECT e.to_status FROM task_event e WHERE e.task_id = t.id AND e.to_status IS NOT NULL AND e.occurred_at < :cut ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),
    (SELECT e.from_status FROM task_event e WHERE e.task_id = t.id AND e.to_status IS NOT NULL AND e.occurred_at >= :cut ORDER BY e.occurred_at ASC, e.id ASC LIMIT 1),
    t.status)`;
}

/**
 * Mean completion percent of the lead reports of the latest period counted. The latest period
 * is found newest first with LIMIT 1 (a backward walk of the (task, role, period) index that
 * stops at the first counted report) rather than MAX over every period of the task.
 */
export const COMPLETION_AT = `(SELECT AVG(r.completion_percent) FROM progress_report r
    WHERE ${COUNTED_LEAD_REPORT('r')} AND r.completion_percent IS NOT NULL
      AND r.period = (SELECT r2.period FROM progress_report r2
        WHERE ${COUNTED_LEAD_REPORT('r2')} AND r2.completion_percent IS NOT NULL
        ORDER BY r2.period DESC LIMIT 1))`;

/**
 * When the task first reached 已完成/已销号 before the cut, by any status-carrying event (a
 * closure request or approval too); null: not by then, or no history.
 */
export const COMPLETED_AT = `(SELECT MIN(e.occurred_at) FROM task_event e
    WHERE e.task_id = t.id
      AND e.to_status IN ('done_pending_closure', 'closed') AND e.occurred_at < :cut)`;

/** A report of the task counted for target actuals (alias `r`, target alias `tg`). */
export const COUNTED_TARGET_REPORT = `r.task_id = tg.task_id AND r.role = 'lead' AND r.status IN ('submitted', 'accepted') AND r.first_submitted_at < :cut`;

/** Latest counted actual of target `tg`. */
export const LATEST_ACTUAL = `(SELECT a.value FROM report_target_actual a JOIN progress_report r ON r.id = a.report_id
    WHERE a.target_id = tg.id AND ${COUNTED_TARGET_REPORT} ORDER BY r.period DESC LIMIT 1)`;

/** Period of that actual. */
export const LATEST_ACTUAL_PERIOD = `(SELECT r.period FROM report_target_actual a JOIN progress_report r ON r.id = a.report_id
    WHERE a.target_id = tg.id AND ${COUNTED_TARGET_REPORT} ORDER BY r.period DESC LIMIT 1)`;

/** Whether target `tg` with latest actual `actual` (a column of the same row) is met: 1 or 0. */
export const MET = (actual: string) => `CASE
    WHEN ${actual} IS NULL THEN 0
    WHEN tg.comparator = 'gte' AND ${actual} >= tg.value THEN 1
    WHEN tg.comparator = 'lte' AND ${actual} <= tg.value THEN 1
    WHEN tg.comparator = 'eq' AND ${actual} = tg.value THEN 1
    ELSE 0 END`;

/** Open (整改中) problem `pr` at the cut: its last state event before it is created or reopened. */
export const PROBLEM_OPEN_AT = `(SELECT pe.action FROM problem_event pe
    WHERE pe.problem_id = pr.id AND pe.action IN ('created', 'rectified', 'reopened', 'closed') AND pe.occurred_at < :cut
    ORDER BY pe.occurred_at DESC, pe.id DESC LIMIT 1) IN ('created', 'reopened')`;

/** Open notice `n` at the cut: issued (or answered) and not closed or discarded yet. */
export const NOTICE_OPEN_AT = `(SELECT ne.action FROM notice_event ne
    WHERE ne.notice_id = n.id AND ne.action IN ('issued', 'answered', 'closed', 'discarded') AND ne.occurred_at < :cut
    ORDER BY ne.occurred_at DESC, ne.id DESC LIMIT 1) IN ('issued', 'answered')`;

/**
 * Departments a task owes reports from, alias `td`: real units (no 各县区-like groups), once
 * each — a department both leading and supporting counts as lead.
 */
export const REPORTING_DEPARTMENT = `JOIN task_department td ON td.task_id = t.id
    AND (td.role = 'lead' OR NOT EXISTS (SELECT 1 FROM task_department l
      WHERE l.task_id = td.task_id AND l.department_id = td.department_id AND l.role = 'lead'))
  JOIN department d ON d.id = td.department_id AND d.kind <> 'group'`;
