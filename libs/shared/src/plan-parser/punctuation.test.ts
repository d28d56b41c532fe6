import { describe, expect, it } from 'vitest';
import { toChinesePunctuation } from './punctuation.js';

describe('Chinese punctuation for display', () => {
  it('turns ASCII marks touching Chinese text full-width', () => {
    expect(toChinesePunctuation('流程,压缩;推进:完成')).toBe('流程，压缩；推进：完成');
    expect(toChinesePunctuation('(县法院牵头,各镇负责)')).toBe('（县法院牵头，各镇负责）');
    expect(toChinesePunctuation('标准(2.0)')).toBe('标准（2.0）');
  });

  it('closes a pair with the partner of its opener', () => {
    expect(toChinesePunctuation('〔牵头单位：县司法局]')).toBe('〔牵头单位：县司法局〕');
    expect(toChinesePunctuation('（县法院牵头)')).toBe('（县法院牵头）');
  });

  it('leaves text without Chinese around it alone', () => {
    expect(toChinesePunctuation('1,200 and (a, b): lyzfxw@163.com')).toBe(
      '1,200 and (a, b): lyzfxw@163.com',
    );
  });
});
