/**
 * Text clean-up for plan documents converted from Word/PDF. These helpers produce a form for
 * *matching*; callers keep the original text for display.
 */

/** Han characters plus CJK and full-width punctuation: text in which a space is never meaningful. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026\u2014\u00B7\u2605`;

/**
 * Full-width ASCII variants (ＡＢＣ１２３，：；（）) and the ideographic space become their ASCII
 * forms, so "（1）" and "(1)", "９０" and "90" compare equal.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Removes Markdown left by the converter: `**bold**` markers, heading hashes and list bullets at the
 * start of a line. The converter invents these; the documents themselves never use them.
 */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*/g, '').replace(/^[ \t]*(?:#{1,6}|[-*])[ \t]+/gm, '');
}

/**
 * Every bracket family the documents use for the same purpose — （） () 〔〕 [] ［］ 【】 〖〗 — becomes
 * ASCII parentheses. Attributions are printed in any of them, sometimes opened with one kind and
 * closed with another ("〔牵头单位：…]").
 */
export function unifyBrackets(text: string): string {
  return text.replace(/[（〔［【〖[]/g, '(').replace(/[）〕］】〗\]]/g, ')');
}

const SPACE_RUN = /[ \t\u3000\u00A0]+/g;
const WHITESPACE_RUN = /\s+/g;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

/**
 * Removes the spaces that PDF conversion puts inside Chinese text ("县司法 局", "12345 政务服务").
 * A run of whitespace touching a Chinese character or punctuation mark is dropped; other runs
 * (between Latin words) shrink to one space.
 *
 * By default line breaks count as whitespace too, which suits a span known to be one phrase
 * (an attribution, a heading, a table cell: "按职责\n\n分工负责"). Pass `keepLineBreaks` for a whole
 * document, where a line break may end a paragraph: then runs containing a line break are kept.
 */
export function collapseCjkSpaces(
  text: string,
  options: { keepLineBreaks?: boolean } = {},
): string {
  const run = options.keepLineBreaks ? SPACE_RUN : WHITESPACE_RUN;
  return text.replace(run, (spaces, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + spaces.length] ?? '';
    if (before === '' || after === '') return spaces;
    return CJK_CHAR.test(before) || CJK_CHAR.test(after) ? '' : ' ';
  });
}

/**
 * The comparison form of a phrase: no markup, no stray spaces or line breaks, half-width digits,
 * letters and punctuation, one kind of bracket. Two printings of the same words give the same result.
 */
export function normaliseForMatching(text: string): string {
  // Spaces are collapsed before the width change, while "，" and "（" still count as Chinese.
  return unifyBrackets(toHalfWidth(collapseCjkSpaces(stripMarkup(text)))).trim();
}
