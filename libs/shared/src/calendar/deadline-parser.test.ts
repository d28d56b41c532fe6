import { describe, expect, it } from 'vitest';
import type { PlanPhase } from '../domain/deadline.js';
import {
  DeadlineParseError,
  findDeadlinePhrase,
  parseDeadline,
  parsePhase,
} from './deadline-parser.js';

const plan2021 = { planYear: 2021, phases: [] };

describe('parseDeadline', () => {
  it('reads null as no deadline', () => {
    expect(parseDeadline(null, plan2021)).toEqual({ kind: 'none', printed: null });
  });

  it('reads an empty or blank string as no deadline', () => {
    expect(parseDeadline('', plan2021)).toEqual({ kind: 'none', printed: null });
    expect(parseDeadline('  　', plan2021)).toEqual({ kind: 'none', printed: null });
  });

  it('reads "6月底前" as the last day of June of the plan year', () => {
    expect(parseDeadline('6月底前', plan2021)).toEqual({
      kind: 'date',
      date: '2021-06-30',
      printed: '6月底前',
    });
  });

  it('reads "6月底前完成" as the last day of June', () => {
    expect(parseDeadline('6月底前完成', plan2021)).toMatchObject({
      kind: 'date',
      date: '2021-06-30',
    });
  });

  it('reads "8月底前完成" as August 31st', () => {
    expect(parseDeadline('8月底前完成', plan2021)).toMatchObject({
      kind: 'date',
      date: '2021-08-31',
    });
  });

  it('reads "2月底前" of a leap plan year as February 29th', () => {
    expect(parseDeadline('2月底前', { planYear: 2024, phases: [] })).toMatchObject({
      date: '2024-02-29',
    });
  });

  it('reads "年底前" as December 31st of the plan year', () => {
    expect(parseDeadline('年底前', plan2021)).toMatchObject({ kind: 'date', date: '2021-12-31' });
  });

  it('reads "2021年底前" with its own year', () => {
    expect(parseDeadline('2021年底前', { planYear: 2022, phases: [] })).toMatchObject({
      kind: 'date',
      date: '2021-12-31',
    });
  });

  it('reads "年内" as December 31st of the plan year', () => {
    expect(parseDeadline('年内', plan2021)).toMatchObject({ kind: 'date', date: '2021-12-31' });
  });

  it('reads "12月30日前" as that day', () => {
    expect(parseDeadline('12月30日前', plan2021)).toMatchObject({
      kind: 'date',
      date: '2021-12-30',
    });
  });

  it('reads "10月中旬" as the 20th', () => {
    expect(parseDeadline('10月中旬', plan2021)).toMatchObject({ kind: 'date', date: '2021-10-20' });
  });

  it('reads "上旬" as the 10th', () => {
    expect(parseDeadline('12月上旬', plan2021)).toMatchObject({ kind: 'date', date: '2021-12-10' });
  });

  it('reads "下旬" as the last day of the month', () => {
    expect(parseDeadline('9月下旬', plan2021)).toMatchObject({ kind: 'date', date: '2021-09-30' });
  });

  it('lets an explicit year win over the plan year: "2022年3月底前"', () => {
    expect(parseDeadline('2022年3月底前', plan2021)).toMatchObject({
      kind: 'date',
      date: '2022-03-31',
    });
  });

  it('reads stray spaces: "2022 年 3 月底前"', () => {
    expect(parseDeadline('2022 年 3 月底前', plan2021)).toEqual({
      kind: 'date',
      date: '2022-03-31',
      printed: '2022 年 3 月底前',
    });
  });

  it('reads full-width digits: "１２月３０日前"', () => {
    expect(parseDeadline('１２月３０日前', plan2021)).toMatchObject({
      kind: 'date',
      date: '2021-12-30',
    });
  });

  it('reads full-width digits with an explicit year: "２０２２年６月底前"', () => {
    expect(parseDeadline('２０２２年６月底前', plan2021)).toMatchObject({ date: '2022-06-30' });
  });

  it('reads a date followed by ongoing work as a milestone', () => {
    const printed = '2024年10月底前取得阶段性成效，持续推进';
    expect(parseDeadline(printed, { planYear: 2024, phases: [] })).toEqual({
      kind: 'milestone',
      date: '2024-10-31',
      printed,
    });
  });

  it.each(['持续推进', '长期坚持', '长期推进', '常态化推进'])(
    'reads "%s" as ongoing',
    (printed) => {
      expect(parseDeadline(printed, plan2021)).toEqual({ kind: 'ongoing', printed });
    },
  );

  it('reads a phase name of the plan as due at the end of that phase', () => {
    const phases: PlanPhase[] = [
      { name: '工作部署阶段', start: '2021-12-01', end: '2021-12-10', printed: '' },
      { name: '全面攻坚阶段', start: '2021-12-01', end: '2022-02-28', printed: '' },
    ];
    expect(parseDeadline('全面攻坚阶段', { planYear: 2021, phases })).toEqual({
      kind: 'phase',
      phase: '全面攻坚阶段',
      date: '2022-02-28',
      printed: '全面攻坚阶段',
    });
  });

  it('throws a DeadlineParseError for a day that does not exist', () => {
    expect(() => parseDeadline('2月30日前', plan2021)).toThrow(DeadlineParseError);
  });

  it('throws a DeadlineParseError for text in no known form', () => {
    expect(() => parseDeadline('按上级要求', plan2021)).toThrow(DeadlineParseError);
  });
});

describe('findDeadlinePhrase', () => {
  it('finds "6月底前" inside a task body', () => {
    expect(
      findDeadlinePhrase('规范收费行为，6月底前对行业协会商会乱收费自查、退还违法违规所得'),
    ).toBe('6月底前');
  });

  it('finds "年底前" at the start of a sentence', () => {
    expect(findDeadlinePhrase('年底前实现全县“证照分离”改革全覆盖')).toBe('年底前');
  });

  it('finds "年内" inside a sentence', () => {
    expect(findDeadlinePhrase('实现企业开办“零收费”，年内企业开办实现1.5个工作日以内办结')).toBe(
      '年内',
    );
  });

  it('finds a year-end phrase with its year: "2021年底"', () => {
    expect(
      findDeadlinePhrase('推进政务服务事项网上办理，2021年底全县政务服务事项全程网办率达到60%以上'),
    ).toBe('2021年底');
  });

  it('quotes the phrase as printed, spaces and full-width digits included', () => {
    expect(findDeadlinePhrase('力争２０２２ 年 ３ 月底前完成')).toBe('２０２２ 年 ３ 月底前');
  });

  it('finds a day only when "前" follows it', () => {
    expect(findDeadlinePhrase('分别于6月25日、12月5日前报市政府办公室')).toBe('12月5日前');
  });

  it('ignores "3年内" and "三年内", which mean within three years', () => {
    expect(findDeadlinePhrase('3年内建成，三年内见效')).toBeNull();
  });

  it('ignores "持续推进", a verb in running prose', () => {
    expect(findDeadlinePhrase('持续推进行业协会商会规范有序发展')).toBeNull();
  });

  it('returns null when the text has no deadline', () => {
    expect(findDeadlinePhrase('将供水办理环节压减至2个')).toBeNull();
  });
});

describe('parsePhase', () => {
  it('reads a phase within early December: "（一）工作部署阶段（2021年12月上旬）"', () => {
    expect(parsePhase('（一）工作部署阶段（2021年12月上旬）', 2021)).toEqual({
      name: '工作部署阶段',
      start: '2021-12-01',
      end: '2021-12-10',
      printed: '（一）工作部署阶段（2021年12月上旬）',
    });
  });

  it('reads a range across the year end: "（二）全面攻坚阶段（2021年12月—2022年2月）"', () => {
    expect(parsePhase('（二）全面攻坚阶段（2021年12月—2022年2月）', 2021)).toMatchObject({
      name: '全面攻坚阶段',
      start: '2021-12-01',
      end: '2022-02-28',
    });
  });

  it('reads a range printed with stray spaces: "（三）优化提升阶段（2022 年 3 月—2022 年 7 月）"', () => {
    expect(parsePhase('（三）优化提升阶段（2022 年 3 月—2022 年 7 月）', 2021)).toMatchObject({
      name: '优化提升阶段',
      start: '2022-03-01',
      end: '2022-07-31',
    });
  });

  it('reads a single month as the whole month: "（四）总结经验阶段（2022 年 8 月）"', () => {
    expect(parsePhase('（四）总结经验阶段（2022 年 8 月）', 2021)).toMatchObject({
      name: '总结经验阶段',
      start: '2022-08-01',
      end: '2022-08-31',
    });
  });

  it('ignores the description after the period and leaves it out of printed', () => {
    const line =
      '（一）工作部署阶段（2021年12月上旬）。县级各指标牵头单位制定完成各指标攻坚提升方案；';
    expect(parsePhase(line, 2021)?.printed).toBe('（一）工作部署阶段（2021年12月上旬）');
  });

  it('gives an end month without a year the next year when it would precede the start', () => {
    expect(parsePhase('（二）全面攻坚阶段（2021年12月—2月）', 2021)).toMatchObject({
      start: '2021-12-01',
      end: '2022-02-28',
    });
  });

  it('takes the plan year for a period printed without one', () => {
    expect(parsePhase('（一）动员部署阶段（3月—4月中旬）', 2023)).toMatchObject({
      start: '2023-03-01',
      end: '2023-04-20',
    });
  });

  it('returns null for a line that is no phase heading', () => {
    expect(parsePhase('（一）加强组织领导，统筹一体推进。', 2021)).toBeNull();
  });
});
