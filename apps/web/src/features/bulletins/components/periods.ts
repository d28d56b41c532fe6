import { type BulletinPeriodKind, bulletinPeriodLabel } from '@bizenv/shared';

/** The current month in China, "YYYY-MM". */
export function currentChinaMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

/**
 * Periods a bulletin may be generated for, newest first: the last 24 months, or the last 8
 * quarters — the current one included (a bulletin of a running period shows the figures so far).
 */
export function selectablePeriods(
  kind: BulletinPeriodKind,
  currentMonth: string,
): { value: string; label: string }[] {
  const [year, month] = currentMonth.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1;
  if (kind === 'month') {
    return Array.from({ length: 24 }, (_, back) => {
      const m = index - back;
      const value = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      return { value, label: bulletinPeriodLabel('month', value) };
    });
  }
  const quarterIndex = Math.floor(index / 3);
  return Array.from({ length: 8 }, (_, back) => {
    const q = quarterIndex - back;
    const value = `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    return { value, label: bulletinPeriodLabel('quarter', value) };
  });
}
