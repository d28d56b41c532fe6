import { chinaPeriodOf, isValidPeriod, parsePeriod } from '@bizenv/shared';

/** The reporting period (month) it is now in China, "YYYY-MM". */
export function currentPeriod(now: Date = new Date()): string {
  return chinaPeriodOf(now);
}

/** The month before a period: "2026-01" → "2025-12". */
export function previousPeriod(period: string): string {
  const { year, month } = parsePeriod(period);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The period of a route or search parameter, or null when it is not "YYYY-MM". */
export function parsePeriodParam(value: string | null | undefined): string | null {
  return value && isValidPeriod(value) ? value : null;
}

/** "2026-05" → "2026年5月". */
export function periodLabel(period: string): string {
  if (!isValidPeriod(period)) return period;
  const { year, month } = parsePeriod(period);
  return `${year}年${month}月`;
}
