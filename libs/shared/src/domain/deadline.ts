/**
 * A task's deadline as the plan prints it, resolved to dates where the text allows.
 * - none: the plan gives no deadline;
 * - date: finish by `date` ("6月底前", "年底前", "12月30日前");
 * - milestone: reach a milestone by `date`, then keep going ("2024年10月底前取得阶段性成效，持续推进");
 * - ongoing: no end ("持续推进", "长期坚持");
 * - phase: due by the end of a named plan phase (实施步骤), `date` is the phase end.
 * Dates are calendar dates "YYYY-MM-DD" (never instants: no timezone may shift a deadline).
 */
export type Deadline =
  | { kind: 'none'; printed: null }
  | { kind: 'date'; date: string; printed: string }
  | { kind: 'milestone'; date: string; printed: string }
  | { kind: 'ongoing'; printed: string }
  | { kind: 'phase'; phase: string; date: string; printed: string };

export type DeadlineKind = Deadline['kind'];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  none: '未明确时限',
  date: '限期完成',
  milestone: '阶段性成效后持续推进',
  ongoing: '持续推进',
  phase: '按实施阶段',
};

/** A phase of a plan (实施步骤), with inclusive calendar-date bounds. */
export interface PlanPhase {
  name: string;
  start: string;
  end: string;
  printed: string;
}
