import type { ReportObligationResponse } from '@bizenv/shared';

/** Returned first, then not started, drafts, submitted, accepted: what needs doing comes first. */
const ORDER = { returned: 0, none: 1, draft: 2, submitted: 3, accepted: 4 } as const;

export function sortObligations(list: ReportObligationResponse[]): ReportObligationResponse[] {
  return [...list].sort(
    (a, b) =>
      ORDER[a.reportStatus ?? 'none'] - ORDER[b.reportStatus ?? 'none'] ||
      a.taskCode.localeCompare(b.taskCode, 'zh-CN', { numeric: true }),
  );
}

/** Still to be (re)submitted: not started, draft or returned. */
export function isTodo(obligation: ReportObligationResponse): boolean {
  const status = obligation.reportStatus;
  return status === null || status === 'draft' || status === 'returned';
}
