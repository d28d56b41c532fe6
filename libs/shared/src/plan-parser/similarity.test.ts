import { describe, expect, it } from 'vitest';
import { compact, similarity } from './similarity.js';

describe('title similarity', () => {
  it('ignores spaces and case', () => {
    expect(compact('宜君县 XXX 指标')).toBe('宜君县xxx指标');
    expect(similarity('营商环境 xxx 指标', '营商环境XXX指标')).toBe(1);
  });

  it('tolerates one character typed differently in a title', () => {
    expect(
      similarity('麟游县加快推进“一网统管”工作实施方案', '麟游县加快推进“一网通管”工作 实施方案'),
    ).toBeGreaterThan(0.85);
    expect(
      similarity(
        '麟游县加快推进“一网通办”工作实施方案',
        '麟游县社会信用建设助推营商环境工作实施方案',
      ),
    ).toBeLessThan(0.6);
  });
});
