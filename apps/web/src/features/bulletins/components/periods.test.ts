import { describe, expect, it } from 'vitest';
import { currentChinaMonth, selectablePeriods } from './periods';

describe('bulletin periods', () => {
  it('takes the month in China, not in UTC', () => {
    // 2025-07-31 20:00 UTC is already August 1st in Beijing.
    expect(currentChinaMonth(new Date('2025-07-31T20:00:00Z'))).toBe('2025-08');
  });

  it('lists months newest first across a year boundary', () => {
    const months = selectablePeriods('month', '2025-02');
    expect(months.slice(0, 3)).toEqual([
      { value: '2025-02', label: '2025年2月' },
      { value: '2025-01', label: '2025年1月' },
      { value: '2024-12', label: '2024年12月' },
    ]);
    expect(months).toHaveLength(24);
  });

  it('lists quarters from the current one back', () => {
    const quarters = selectablePeriods('quarter', '2025-02');
    expect(quarters.slice(0, 2)).toEqual([
      { value: '2025-Q1', label: '2025年第一季度' },
      { value: '2024-Q4', label: '2024年第四季度' },
    ]);
    expect(quarters).toHaveLength(8);
  });
});
