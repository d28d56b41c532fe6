import { describe, expect, it } from 'vitest';
import { deadlineWords } from './deadline-words';

describe('deadlineWords', () => {
  it('says 月底前 on the last day of a month, leap years included', () => {
    expect(deadlineWords('2022-06-30')).toBe('2022年6月底前');
    expect(deadlineWords('2024-02-29')).toBe('2024年2月底前');
    expect(deadlineWords('2023-02-28')).toBe('2023年2月底前');
  });

  it('names the day otherwise', () => {
    expect(deadlineWords('2024-02-28')).toBe('2024年2月28日前');
    expect(deadlineWords('2022-10-01')).toBe('2022年10月1日前');
  });

  it('gives nothing for a malformed date', () => {
    expect(deadlineWords('2022-6-30')).toBe('');
  });
});
