import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaPeriodOf, isValidPeriod, parsePeriod } from './periods.js';

describe('reporting periods', () => {
  it('accepts YYYY-MM only', () => {
    expect(isValidPeriod('2025-07')).toBe(true);
    expect(isValidPeriod('2025-12')).toBe(true);
    for (const bad of ['2025-7', '2025-00', '2025-13', '25-07', '2025-07-01', '0999-01', '']) {
      expect(isValidPeriod(bad)).toBe(false);
    }
    expect(parsePeriod('2025-07')).toEqual({ year: 2025, month: 7 });
    expect(() => parsePeriod('2025-13')).toThrow(RangeError);
  });

  it('reads dates and periods in China time (UTC+8)', () => {
    expect(chinaDateOf(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(chinaDateOf(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
    expect(chinaPeriodOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01');
  });
});
