/**
 * Chinese punctuation for display. Conversion turns some of a document's full-width punctuation
 * into ASCII ("优化…流程,压缩开办时间", "(县法院牵头,…)") and closes brackets with the wrong kind
 * ("〔牵头单位：…]"); the printed document used one style. Seed text is shown to people, so it is
 * put back: ASCII marks touching Chinese text become full-width, and a bracket pair is closed with
 * the partner of its opener. Text without Chinese around it ("1,200", "lyzfxw@163.com") is left alone.
 */

const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D]/u;
const FULL_WIDTH_MARKS: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
};
const PARTNER: Record<string, string> = {
  '(': ')',
  '（': '）',
  '[': ']',
  '［': '］',
  '〔': '〕',
  '【': '】',
};
const CLOSERS = new Set(Object.values(PARTNER));

function isChinese(char: string | undefined): boolean {
  return char !== undefined && CHINESE.test(char);
}

export function toChinesePunctuation(text: string): string {
  const chars = [...text];
  chars.forEach((char, i) => {
    const mark = FULL_WIDTH_MARKS[char];
    if (mark && (isChinese(chars[i - 1]) || isChinese(chars[i + 1]))) chars[i] = mark;
  });
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (PARTNER[char]) open.push(i);
    else if (CLOSERS.has(char) && open.length > 0) pairBrackets(chars, open.pop()!, i);
  });
  return chars.join('');
}

/** An ASCII round pair in Chinese text becomes （）; any pair is closed by its opener's partner. */
function pairBrackets(chars: string[], start: number, end: number): void {
  const round = chars[start] === '(' || chars[start] === '（';
  const chinese =
    isChinese(chars[start - 1]) ||
    isChinese(chars[end + 1]) ||
    chars.slice(start + 1, end).some(isChinese);
  if (round && (chinese || chars[start] === '（' || chars[end] === '）')) chars[start] = '（';
  chars[end] = PARTNER[chars[start]!]!;
}
