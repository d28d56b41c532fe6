import { bracketBalance, isCloser } from './brackets.js';
import { readMarker } from './markers.js';
import { toChinesePunctuation } from './punctuation.js';
import { collapseCjkSpaces, stripMarkup } from './text.js';

/** One line of the source document: `raw` as converted, `text` normalised (markup stripped, spaces collapsed). */
export interface SourceLine {
  /** 1-based line number in the source file, for messages a reviewer can follow. */
  number: number;
  raw: string;
  text: string;
}

/** The document's lines, each with its Markdown leftovers stripped and its stray spaces removed. */
export function readSourceLines(document: string): SourceLine[] {
  return document.split(/\r?\n/).map((raw, index) => ({
    number: index + 1,
    raw,
    text: collapseCjkSpaces(stripMarkup(raw)).trim(),
  }));
}

/** A paragraph put back together from the lines that Word/PDF conversion broke apart. */
export interface Paragraph {
  text: string;
  line: number;
}

/** A line that cannot start a paragraph: it continues the previous one after a page or line break. */
const CONTINUATION_START = /^(?:[、，。；：,;:！？!?）)\]］〕】”]|及)/;

/**
 * Joins broken lines into paragraphs. Two breaks are certain from the text alone:
 * a line that starts with punctuation or "及" continues the previous line, and a line that
 * follows an unclosed bracket continues it unless it opens a new outline item.
 * Other breaks (a task body continued on the next line) are resolved by the outline,
 * which knows whether the current item is still open. Punctuation is then made Chinese again
 * (see `toChinesePunctuation`).
 */
export function joinParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const previous = paragraphs.at(-1);
    if (previous && continuesPrevious(previous.text, text)) {
      previous.text = joinText(previous.text, text);
    } else {
      paragraphs.push({ text, line: line.number });
    }
  }
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    text: toChinesePunctuation(paragraph.text),
  }));
}

function continuesPrevious(previous: string, next: string): boolean {
  if (CONTINUATION_START.test(next)) return true;
  return bracketBalance(previous) > 0 && readMarker(next) === null;
}

/**
 * Conversion sometimes closes a bracket before a page break and prints the real closer after
 * the continuation ("…相关部门〕" / "及各乡镇…管委会]"): such a closer is dropped.
 */
export function joinText(previous: string, next: string): string {
  const last = previous.at(-1) ?? '';
  if (isCloser(last) && bracketBalance(previous) === 0 && bracketBalance(next) < 0) {
    return previous.slice(0, -1) + next;
  }
  return previous + next;
}
