import type { RollupRow } from '@bizenv/shared';

/** The measures compared side by side, as fractions 0..1 (null when there is nothing to divide). */
const MEASURES: { measure: string; rate: (row: RollupRow) => number | null }[] = [
  { measure: '任务完成率', rate: (row) => row.tasks.completionRate },
  { measure: '报告报送率', rate: (row) => row.reports.submissionRate },
  { measure: '报告按时率', rate: (row) => row.reports.onTimeRate },
  {
    measure: '目标达标率',
    rate: (row) => (row.targetsTotal > 0 ? row.targetsMet / row.targetsTotal : null),
  },
  {
    measure: '未逾期率',
    rate: (row) => (row.tasks.total > 0 ? 1 - row.tasks.overdue / row.tasks.total : null),
  },
];

/** Rows for a grouped bar chart: one per measure, a percent (one decimal) per county code. */
export function comparisonSeries(rows: RollupRow[]): Record<string, string | number | null>[] {
  return MEASURES.map(({ measure, rate }) => {
    const entry: Record<string, string | number | null> = { measure };
    for (const row of rows) {
      const value = rate(row);
      entry[row.jurisdiction.code] = value === null ? null : Math.round(value * 1000) / 10;
    }
    return entry;
  });
}
