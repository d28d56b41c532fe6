import { describe, expect, it } from 'vitest';
import { firstSentence, splitSubItems } from './segments.js';

describe('sub-items and titles', () => {
  it('splits inline and line-led sub-items in sequence', () => {
    expect(splitSubItems('推行电子发票。（1）依托平台。(2)推动衔接。\n（3）其他。')).toEqual({
      lead: '推行电子发票。',
      subItems: [
        { number: 1, marker: '（1）', text: '依托平台。' },
        { number: 2, marker: '(2)', text: '推动衔接。' },
        { number: 3, marker: '（3）', text: '其他。' },
      ],
    });
  });

  it('does not split at numbers in brackets inside a sentence', () => {
    expect(splitSubItems('结合审批系统建设标准(2.0)，提前退休（退职）核准(1)。').subItems).toEqual(
      [],
    );
    expect(splitSubItems('法治组（市司法局牵头）负责。（2）无第一项。').subItems).toEqual([]);
  });

  it('takes the first sentence as title, ignoring stops inside quotes', () => {
    expect(firstSentence('推行“企业开办一网通办”。（1）依托')).toBe('推行“企业开办一网通办”');
    expect(firstSentence('落实“三个一。”工作机制。其他')).toBe('落实“三个一。”工作机制');
    expect(firstSentence('企业变更登记')).toBe('企业变更登记');
  });
});
