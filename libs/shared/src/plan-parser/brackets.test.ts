import { describe, expect, it } from 'vitest';
import { bracketBalance, indexOutsideBrackets, topLevelGroups } from './brackets.js';

describe('bracket scanning', () => {
  it('pairs any opener with any closer, as conversion mixes kinds', () => {
    const text = '〔牵头单位：县司法局；配合单位：各乡镇人民政府（街道）]';
    expect(topLevelGroups(text)).toEqual([
      { start: 0, end: text.length, inner: text.slice(1, -1) },
    ]);
    expect(bracketBalance(text)).toBe(0);
  });

  it('ignores a closer with nothing open and reports an unclosed opener', () => {
    expect(topLevelGroups('甲）乙（丙）')).toEqual([{ start: 3, end: 6, inner: '丙' }]);
    expect(bracketBalance('（包抓领导：副县长')).toBe(1);
  });

  it('finds a stop outside brackets and quotes', () => {
    const text = '推行“一网通办。”（含。）完成。其余';
    expect(indexOutsideBrackets(text, '。')).toBe(text.indexOf('完成。') + 2);
  });
});
