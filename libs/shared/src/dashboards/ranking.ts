/**
 * The roll-up score (比学赶超) of a jurisdiction, 0..100: a weighted mean of its rates, each 0..1.
 * A rate that is null (nothing to measure, e.g. no targets) is left out and the other weights
 * scale up, so a county is not punished for a figure it cannot have.
 */
export const ROLLUP_WEIGHTS = {
  completionRate: 0.4,
  notOverdueRate: 0.2,
  reportOnTimeRate: 0.2,
  targetsMetRate: 0.2,
} as const;

export type RollupRates = Record<keyof typeof ROLLUP_WEIGHTS, number | null>;

export function rollupScore(rates: RollupRates): number {
  let weighted = 0;
  let weights = 0;
  for (const [key, weight] of Object.entries(ROLLUP_WEIGHTS)) {
    const value = rates[key as keyof RollupRates];
    if (value === null) continue;
    weighted += value * weight;
    weights += weight;
  }
  return weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 10;
}

/**
 * Competition ranking by score, best first: equal scores share a rank and the next rank skips
 * (1, 1, 3). Returns the ranks in the order of `scores`.
 */
export function rankByScore(scores: readonly number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}
