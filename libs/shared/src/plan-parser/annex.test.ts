import { describe, expect, it } from 'vitest';
import { splitAnnexes } from './annex.js';
import { PlanParseError } from './issues.js';
import { joinParagraphs, readSourceLines } from './lines.js';

const paragraphs = (text: string) => joinParagraphs(readSourceLines(text));

describe('annexes', () => {
  it('finds each listed annex by its title, tolerating a different character, up to the 版记', () => {
    const text = paragraphs(
      [
        '91.加大宣传力度。（县职转和营商办牵头）',
        '- 附件：1. 热线运行管理办法',
        '2. 麟游县加快推进“一网统管”工作实施方案',
        '热线运行管理办法',
        '第一条 为……',
        '麟游县加快推进“一网通管”工作 实施方案',
        '二、重点任务',
        '抄送：市职转和营商办。',
      ].join('\n'),
    );
    expect(splitAnnexes(text, 0)).toEqual({
      mainEnd: 1,
      annexes: [
        { id: '1', title: '热线运行管理办法', start: 3, end: 5 },
        { id: '2', title: '麟游县加快推进“一网通管”工作实施方案', start: 5, end: 7 },
      ],
    });
  });

  it('numbers a single unnumbered annex 1 and skips the "附件" line before it', () => {
    const text = paragraphs('20.建立机制。\n附件：重点事项清单\n附件\n重点事项清单\n\t序号');
    expect(splitAnnexes(text, 0).annexes).toEqual([
      { id: '1', title: '重点事项清单', start: 3, end: 5 },
    ]);
  });

  it('ends the main plan at the text end when there is no annex list', () => {
    expect(splitAnnexes(paragraphs('1.甲。\n2.乙。'), 0)).toEqual({ mainEnd: 2, annexes: [] });
  });

  it('fails when a listed annex is not printed', () => {
    expect(() => splitAnnexes(paragraphs('附件：1. 某方案\n正文'), 0)).toThrow(PlanParseError);
  });
});
