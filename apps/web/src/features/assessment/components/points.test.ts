import { describe, expect, it } from 'vitest';
import { formatPoints } from './points';

describe('formatPoints', () => {
  it('signs points', () => {
    expect(formatPoints(2)).toBe('+2');
    expect(formatPoints(-0.5)).toBe('−0.5');
    expect(formatPoints(0)).toBe('0');
  });
});
