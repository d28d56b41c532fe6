import type { HistoryTarget } from './history-model.js';
import type { Prng } from './prng.js';

/** Where a target's actual starts and ends over the task's history. */
export interface TargetPath {
  start: number;
  end: number;
}

/** Most targets of finished tasks are reached; open tasks miss more of theirs. */
export function targetOutcome(
  finished: boolean,
  random: Prng,
): { reached: boolean; spread: number } {
  return { reached: random.chance(finished ? 0.8 : 0.4), spread: random.next() };
}

/**
 * The actual a lead department reports for `target` when the task is `progress` (0–1) done:
 * moving from a plausible starting point toward the target value — past it when reached,
 * short of it when missed — in the direction the comparator asks for, in the target's unit.
 */
export function targetActualValue(
  target: HistoryTarget,
  progress: number,
  outcome: { reached: boolean; spread: number },
  random: Prng,
): number {
  const path = pathOf(target, outcome);
  const jitter = progress >= 1 ? 0 : (random.next() - 0.5) * 0.02 * Math.abs(path.end - path.start);
  let value = path.start + (path.end - path.start) * Math.min(1, progress) + jitter;
  if (isPercent(target.unit)) value = Math.min(100, value);
  value = Math.max(0, value);
  const rounded = roundLike(target.value, value);
  if (progress >= 1 && outcome.reached) {
    // Rounding must not turn a reached target into a missed one.
    if (target.comparator === 'gte') return Math.max(rounded, target.value);
    if (target.comparator === 'lte') return Math.min(rounded, target.value);
    return target.value;
  }
  return rounded;
}

function pathOf(
  target: HistoryTarget,
  { reached, spread }: { reached: boolean; spread: number },
): TargetPath {
  const goal = target.value;
  const cap = isPercent(target.unit) ? 100 : Number.POSITIVE_INFINITY;
  switch (target.comparator) {
    case 'gte': {
      const start = goal * (0.55 + 0.3 * spread);
      const end = reached
        ? Math.min(cap, goal * (1 + 0.06 * spread))
        : goal * (0.88 + 0.09 * spread);
      return { start, end };
    }
    case 'lte': {
      if (goal === 0) return { start: 2 + Math.round(4 * spread), end: reached ? 0 : 1 };
      const start = goal * (1.4 + 0.8 * spread);
      const end = reached ? goal * (0.8 + 0.2 * spread) : goal * (1.05 + 0.2 * spread);
      return { start, end };
    }
    case 'eq':
      return { start: goal * 0.7, end: reached ? goal : goal * (0.85 + 0.1 * spread) };
  }
}

function isPercent(unit: string): boolean {
  return unit.includes('%');
}

/** Whole numbers for whole-number targets, else the target's decimals (at least one). */
function roundLike(goal: number, value: number): number {
  const decimals = Number.isInteger(goal) ? 0 : Math.max(1, String(goal).split('.')[1]!.length);
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
