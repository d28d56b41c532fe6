import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './numerals.js';

describe('Chinese numerals of outline markers', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十八', 18],
    ['二十', 20],
    ['二十三', 23],
  ])('reads %s as %i', (printed, value) => {
    expect(parseChineseNumeral(printed)).toBe(value);
  });

  it.each(['', '零', '一二', '十十', '二十三四', '1'])('rejects %j', (printed) => {
    expect(parseChineseNumeral(printed)).toBeNull();
  });
});
