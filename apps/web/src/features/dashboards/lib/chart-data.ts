import { isValidPeriod, parsePeriod, resolveAsOf } from '@bizenv/shared';

/** "2026-05" → "5月" on an axis; January shows its year ("2026年1月") so a year change is seen. */
export function shortPeriod(period: string): string {
  if (!isValidPeriod(period)) return period;
  const { year, month } = parsePeriod(period);
  return month === 1 ? `${year}年1月` : `${month}月`;
}

/**
 * The day a month of a trend chart drills into: the month's last day, or the dashboard's own day
 * when that month is the one being viewed (its end has not come yet).
 */
export function drillDayOfPeriod(period: string, asOf: string): string {
  const last = resolveAsOf(period) ?? asOf;
  return last < asOf ? last : asOf;
}
