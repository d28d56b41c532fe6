import { describe, expect, it } from 'vitest';
import { indicatorByName, matchIndicator } from './indicator-match.js';

describe('indicators named in headings and tables', () => {
  it.each([
    ['简化企业开办', 'starting-business'],
    ['优化用水用气服务', 'water-gas'],
    ['加强劳动力市场监管', 'labour-market'],
    ['持续强化市场监管', 'market-regulation'],
    ['提升合同执行质量', 'enforcing-contracts'],
    ['深化“6项改革”', null],
  ])('%s → %s', (heading, code) => {
    expect(matchIndicator(heading)).toBe(code);
  });

  it('reads table names exactly, then by keyword', () => {
    expect(indicatorByName('获得用水')).toBe('water');
    expect(indicatorByName('基本公共服务满意度——文化开放与')).toBe('public-services-culture');
    expect(indicatorByName('未知指标')).toBeNull();
  });
});
