import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatInstant, formatMonth, pageTitle } from './format';

describe('format', () => {
  it('prints calendar dates the Chinese way', () => {
    expect(formatDate('2021-07-16')).toBe('2021年7月16日');
    expect(formatDate(null)).toBe('—');
    expect(formatMonth('2021-06')).toBe('2021年6月');
    expect(formatDateRange('2021-07-01', '2021-09-30')).toBe('2021年7月1日—2021年9月30日');
  });

  it('builds tab titles', () => {
    expect(pageTitle('麟游县', null)).toBe('麟游县 - 营商环境改革督办系统');
  });

  it('prints instants in Beijing time', () => {
    expect(formatInstant('2026-05-03T06:05:00.000Z')).toBe('2026-05-03 14:05');
    expect(formatInstant('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatInstant(null)).toBe('—');
  });
});
