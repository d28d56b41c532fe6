import { describe, expect, it } from 'vitest';
import { deadlineChipText, deadlineSentence, targetValueText } from './labels';

describe('targetValueText', () => {
  it('prints the comparator symbol, value and unit', () => {
    expect(targetValueText({ comparator: 'lte', value: 90, unit: '工作日' })).toBe('≤ 90 工作日');
    expect(targetValueText({ comparator: 'gte', value: 60, unit: '%' })).toBe('≥ 60%');
    expect(targetValueText({ comparator: 'eq', value: 100, unit: '' })).toBe('= 100');
  });
});

describe('deadlineSentence', () => {
  it('states the kind, the printed words and the date', () => {
    expect(deadlineSentence({ kind: 'date', date: '2021-06-30', printed: '6月底前' })).toBe(
      '限期完成：6月底前（2021年6月30日）',
    );
    expect(deadlineSentence({ kind: 'none', printed: null })).toBe('未明确时限');
    expect(deadlineSentence({ kind: 'ongoing', printed: '持续推进' })).toBe('持续推进');
    expect(deadlineSentence({ kind: 'ongoing', printed: '长期坚持' })).toBe('持续推进：长期坚持');
  });
});

describe('deadlineChipText', () => {
  it('keeps short printed words and names the kind of long ones', () => {
    expect(deadlineChipText({ kind: 'date', date: '2021-06-30', printed: '6月底前' })).toBe(
      '6月底前',
    );
    expect(
      deadlineChipText({
        kind: 'milestone',
        date: '2024-10-31',
        printed: '2024年10月底前取得阶段性成效，持续推进',
      }),
    ).toBe('阶段性成效');
    expect(
      deadlineChipText({
        kind: 'phase',
        phase: '全面攻坚阶段',
        date: '2022-02-28',
        printed: '全面攻坚阶段（2021年12月—2022年2月）',
      }),
    ).toBe('全面攻坚阶段');
  });
});
