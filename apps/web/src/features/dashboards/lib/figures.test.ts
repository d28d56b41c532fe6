import { describe, expect, it } from 'vitest';
import { compareNullable, formatGoal, formatMeasure, formatPercent, formatRate } from './figures';
import { VERDICT_SEVERITY, verdictLabel } from './verdicts';

describe('formatRate', () => {
  it('prints a fraction as a percent with at most one decimal', () => {
    expect(formatRate(0.8534)).toBe('85.3%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
  });

  it('prints a dash when there was nothing to divide', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('prints a completion percent, dropping a trailing .0', () => {
    expect(formatPercent(62)).toBe('62%');
    expect(formatPercent(62.55)).toBe('62.5%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatMeasure and formatGoal', () => {
  it('puts percent signs right after the number and words after a space', () => {
    expect(formatMeasure(96.5, '%')).toBe('96.5%');
    expect(formatMeasure(85, '工作日')).toBe('85 工作日');
    expect(formatMeasure(99.929, '%')).toBe('99.929%');
    expect(formatMeasure(0.1 + 0.2, '')).toBe('0.3');
    expect(formatMeasure(3, '')).toBe('3');
    expect(formatMeasure(null, '%')).toBe('—');
  });

  it('prints the goal with its direction', () => {
    expect(formatGoal({ comparator: 'lte', value: 90, unit: '工作日' })).toBe('≤ 90 工作日');
    expect(formatGoal({ comparator: 'gte', value: 60, unit: '%' })).toBe('≥ 60%');
  });
});

describe('compareNullable', () => {
  it('sorts unknown values after known ones', () => {
    expect([null, 0.5, 0.2].sort(compareNullable)).toEqual([0.2, 0.5, null]);
  });
});

describe('verdicts', () => {
  it('labels every verdict in Chinese and ranks missed as the worst', () => {
    expect(verdictLabel('met')).toBe('已达标');
    expect(verdictLabel('no_data')).toBe('暂无数据');
    expect(VERDICT_SEVERITY.missed).toBeLessThan(VERDICT_SEVERITY.on_track);
    expect(VERDICT_SEVERITY.on_track).toBeLessThan(VERDICT_SEVERITY.met);
  });
});
