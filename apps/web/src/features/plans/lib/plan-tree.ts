import type { PlanSummaryResponse } from '@bizenv/shared';

export interface PlanWithAnnexes extends PlanSummaryResponse {
  annexes: PlanSummaryResponse[];
}

/** Newest first: year, then issue date; plans without a date after dated ones of the same year. */
export function comparePlans(a: PlanSummaryResponse, b: PlanSummaryResponse): number {
  if (a.year !== b.year) return b.year - a.year;
  const byDate = (b.issuedDate ?? '').localeCompare(a.issuedDate ?? '');
  return byDate !== 0 ? byDate : a.id - b.id;
}

/**
 * Puts annex plans (附件) under their parent plan. An annex whose parent is not in the list
 * is shown as a plan of its own rather than hidden.
 */
export function nestAnnexes(plans: readonly PlanSummaryResponse[]): PlanWithAnnexes[] {
  const ids = new Set(plans.map((p) => p.id));
  const roots = plans
    .filter((p) => p.parentPlanId === null || !ids.has(p.parentPlanId))
    .sort(comparePlans);
  return roots.map((root) => ({
    ...root,
    annexes: plans.filter((p) => p.parentPlanId === root.id).sort((a, b) => a.id - b.id),
  }));
}
