/**
 * Bracket scanning for converted documents. Word/PDF conversion mixes bracket kinds
 * ("〔牵头单位：…]"), so any opener pairs with any closer; a closer with nothing open is noise.
 */

const OPENERS = new Set(['(', '（', '[', '［', '〔', '【']);
const CLOSERS = new Set([')', '）', ']', '］', '〕', '】']);

export function isOpener(char: string): boolean {
  return OPENERS.has(char);
}

export function isCloser(char: string): boolean {
  return CLOSERS.has(char);
}

/** Openers minus closers: positive when a bracket is still open at the end of `text`. */
export function bracketBalance(text: string): number {
  let balance = 0;
  for (const char of text) {
    if (OPENERS.has(char)) balance += 1;
    else if (CLOSERS.has(char)) balance -= 1;
  }
  return balance;
}

/** A top-level bracket group: `text.slice(start, end)` includes both brackets. */
export interface BracketGroup {
  start: number;
  end: number;
  /** The words inside the brackets. */
  inner: string;
}

export function topLevelGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (OPENERS.has(char)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSERS.has(char) && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** Index of the first `char` of `chars` outside brackets and quotes, or -1. */
export function indexOutsideBrackets(text: string, chars: string, from = 0): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]!;
    if (OPENERS.has(char)) depth += 1;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (char === '“') quoted = true;
    else if (char === '”') quoted = false;
    else if (depth === 0 && !quoted && chars.includes(char)) return i;
  }
  return -1;
}
