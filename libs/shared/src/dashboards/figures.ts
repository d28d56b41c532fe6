import type { TargetComparator } from '../domain/target.js';
import type { TargetVerdict } from '../contracts/dashboards.js';

/** numerator / denominator, or null when the denominator is 0 (no rate to show). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Whether `actual` satisfies the target (≤, ≥ or =; equality to 1e-9 for decimals). */
export function satisfiesTarget(
  comparator: TargetComparator,
  target: number,
  actual: number,
): boolean {
  switch (comparator) {
    case 'gte':
      return actual >= target;
    case 'lte':
      return actual <= target;
    case 'eq':
      return Math.abs(actual - target) < 1e-9;
  }
}

/**
 * A target's verdict at a date, direction-aware ("压缩至90个工作日以内" is met by 80, "达到60%以上"
 * by 65):
 * - no_data: no actual reported yet;
 * - met: the latest actual satisfies the target;
 * - on_track: not yet, but the task still has time (open and not overdue, or no dated deadline);
 * - missed: not met and the task's time is up (overdue, or completed/closed without meeting it).
 */
export function targetVerdict(
  comparator: TargetComparator,
  target: number,
  actual: number | null,
  taskStillInTime: boolean,
): TargetVerdict {
  if (actual === null) return 'no_data';
  if (satisfiesTarget(comparator, target, actual)) return 'met';
  return taskStillInTime ? 'on_track' : 'missed';
}

/** Report submission figures: submitted share of the reports already due, and late share. */
export function reportRates(counts: {
  expected: number;
  onTime: number;
  late: number;
  pending: number;
}): { submissionRate: number | null; lateRate: number | null; onTimeRate: number | null } {
  const due = counts.expected - counts.pending;
  const submitted = counts.onTime + counts.late;
  return {
    submissionRate: rate(submitted, due),
    lateRate: rate(counts.late, submitted),
    onTimeRate: rate(counts.onTime, due),
  };
}
