import { describe, expect, it } from 'vitest';
import { dashboardPath, isMonthAsOf, parseAsOfParam } from './as-of';
import { drillDayOfPeriod, shortPeriod } from './chart-data';
import { fitScale } from './fit';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('draws values left to right, higher values higher up, with the goal line in range', () => {
    const geometry = sparkline([10, 20, 30], 20, 100, 24);
    expect(geometry.points).toBe('2,22 50,12 98,2');
    expect(geometry.last).toEqual({ x: 98, y: 2 });
    expect(geometry.goalY).toBe(12);
  });

  it('draws a single value in the middle and nothing without values', () => {
    expect(sparkline([5], null, 100, 24).points).toBe('50,12');
    expect(sparkline([], 3, 100, 24)).toEqual({ points: '', last: null, goalY: null });
  });
});

describe('as-of parameter', () => {
  it('accepts a day or a month, nothing else', () => {
    expect(parseAsOfParam('2026-05-31')).toBe('2026-05-31');
    expect(parseAsOfParam('2026-05')).toBe('2026-05');
    expect(parseAsOfParam('2026-02-30')).toBeNull();
    expect(parseAsOfParam('today')).toBeNull();
    expect(isMonthAsOf('2026-05')).toBe(true);
    expect(isMonthAsOf('2026-05-01')).toBe(false);
    expect(dashboardPath('610329', null)).toBe('/j/610329/dashboard');
    expect(dashboardPath('610329', '2026-05')).toBe('/j/610329/dashboard?asOf=2026-05');
  });
});

describe('trend months', () => {
  it('labels months short, January with its year', () => {
    expect(shortPeriod('2026-05')).toBe('5月');
    expect(shortPeriod('2026-01')).toBe('2026年1月');
  });

  it('drills into a past month at its last day and into the current month at the day shown', () => {
    expect(drillDayOfPeriod('2026-02', '2026-06-10')).toBe('2026-02-28');
    expect(drillDayOfPeriod('2026-06', '2026-06-10')).toBe('2026-06-10');
  });
});

describe('fitScale', () => {
  it('fits the 1920×1080 stage into the window without scrolling', () => {
    expect(fitScale(1920, 1080)).toBe(1);
    expect(fitScale(1366, 768)).toBeCloseTo(0.7111, 3);
    expect(fitScale(1920, 540)).toBe(0.5);
  });
});
