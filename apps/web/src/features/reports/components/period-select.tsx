import { Select } from 'antd';
import { currentPeriod, periodLabel, previousPeriod } from '../lib/periods';

/** This month and the eleven before it, newest first. */
export function recentPeriods(count = 12, now: Date = new Date()): string[] {
  const periods = [currentPeriod(now)];
  while (periods.length < count)
    periods.push(previousPeriod(periods[periods.length - 1] as string));
  return periods;
}

type PeriodSelectProps =
  | { value: string; onChange: (period: string) => void; allowAll?: false }
  /** With allowAll, clearing the choice means every month (value undefined). */
  | { value: string | undefined; onChange: (period: string | undefined) => void; allowAll: true };

/** Picks a reporting month; a month outside the list (from a link) is still shown. */
export function PeriodSelect({ value, onChange, allowAll }: PeriodSelectProps) {
  const periods = recentPeriods();
  if (value !== undefined && !periods.includes(value)) periods.push(value);
  return (
    <Select<string | undefined>
      value={value}
      onChange={(next) => (onChange as (p: string | undefined) => void)(next ?? undefined)}
      allowClear={allowAll}
      placeholder="全部月份"
      aria-label="报告月份"
      className="period-select"
      style={{ width: 140 }}
      options={periods.map((period) => ({ value: period, label: periodLabel(period) }))}
    />
  );
}
