import { TARGET_COMPARATOR_SYMBOLS, type TargetComparator } from '@bizenv/shared';

/** A rate 0..1 as a percent with one decimal ("85.3%"); "—" when there is nothing to divide. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${trimZero((rate * 100).toFixed(1))}%`;
}

/** A completion percent 0..100 ("62%", "62.5%"); "—" when unknown. */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '—';
  return `${trimZero(percent.toFixed(1))}%`;
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** A measured value with its unit: "85 工作日", "96.5%"; "—" without a value. */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  // Up to three decimals: targets such as 供电可靠率 99.929% need them; float noise does not show.
  const number = String(Number(value.toFixed(3)));
  if (!unit) return number;
  return unit === '%' || unit === '‰' ? `${number}${unit}` : `${number} ${unit}`;
}

/** The goal of a target: "≤ 90 工作日", "≥ 60%". */
export function formatGoal(target: { comparator: TargetComparator; value: number; unit: string }) {
  return `${TARGET_COMPARATOR_SYMBOLS[target.comparator]} ${formatMeasure(target.value, target.unit)}`;
}

/** "12 / 30": met of total, for targets met per indicator or county. */
export function formatRatio(part: number, whole: number): string {
  return `${part} / ${whole}`;
}

/** Sort comparator for nullable numbers: unknown values last in either direction. */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
