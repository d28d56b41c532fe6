import { bracketBalance, indexOutsideBrackets, isCloser } from './brackets.js';

/** An item's text split at its sub-item markers "（1）…（2）…". */
export interface ItemSegments {
  /** The words before the first sub-item (the whole text when there is none). */
  lead: string;
  subItems: SubItemSegment[];
}

export interface SubItemSegment {
  number: number;
  /** The marker as printed, e.g. "（1）". */
  marker: string;
  /** The sub-item's text after its marker. */
  text: string;
}

/** A sub-item marker opens a sentence: it starts a line, or follows a sentence end, a colon or a closing bracket. */
function opensSentence(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || /[\s。；;：:！？!?]/.test(before) || isCloser(before);
}

/**
 * Splits at markers numbered 1, 2, 3… in sequence, outside brackets and at sentence starts,
 * so "标准(2.0)", "(退职)" or a stray "(3)" inside a sentence never split an item.
 */
export function splitSubItems(text: string): ItemSegments {
  const found: Array<{ number: number; marker: string; index: number }> = [];
  let from = 0;
  for (let number = 1; ; number += 1) {
    const pattern = new RegExp(`[（(]${number}[）)]`, 'g');
    pattern.lastIndex = from;
    let match: RegExpExecArray | null;
    let accepted: RegExpExecArray | null = null;
    while ((match = pattern.exec(text)) !== null) {
      if (opensSentence(text, match.index) && bracketBalance(text.slice(0, match.index)) <= 0) {
        accepted = match;
        break;
      }
    }
    if (!accepted) break;
    found.push({ number, marker: accepted[0], index: accepted.index });
    from = accepted.index + accepted[0].length;
  }
  if (found.length === 0) return { lead: text.trim(), subItems: [] };
  const subItems = found.map((sub, i) => ({
    number: sub.number,
    marker: sub.marker,
    text: text.slice(sub.index + sub.marker.length, found[i + 1]?.index ?? text.length).trim(),
  }));
  return { lead: text.slice(0, found[0]!.index).trim(), subItems };
}

/**
 * The first sentence, without its full stop: the title of a task ("推行“企业开办一网通办”").
 * A stop inside brackets or quotes does not end the sentence.
 */
export function firstSentence(text: string): string {
  const end = indexOutsideBrackets(text, '。！？!?');
  return (end < 0 ? text : text.slice(0, end)).trim();
}
