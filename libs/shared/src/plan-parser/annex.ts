import { PlanParseError } from './issues.js';
import type { Paragraph } from './lines.js';
import { similarity } from './similarity.js';

/**
 * Annexes (附件) of a document: the list after the plan ("附件：1. …  2. …", or one unnumbered
 * title), then each annex printed after the main text, starting with its own title.
 */
export interface AnnexRegion {
  /** The annex's number in the list ("1" for a single unnumbered annex). */
  id: string;
  /** The title as printed at the annex itself (the list may spell it differently). */
  title: string;
  /** Paragraph indices: the title is `start`, the annex's content runs to `end` (exclusive). */
  start: number;
  end: number;
}

export interface DocumentParts {
  /** Paragraph index where the main plan ends: the annex list, the 版记 or the end of the text. */
  mainEnd: number;
  annexes: AnnexRegion[];
}

const ANNEX_LIST = /^附件[:：]\s*/;
const LIST_ENTRY = /^(\d{1,2})[.．、]\s*/;
/** The 版记 at the end of an official document ("抄送：…", "…2021年7月16日印发"). */
const TRAILER = /^抄送[:：]|^\S*\d{4}年\d{1,2}月\d{1,2}日印发$/;
/** Titles in the list and at the annex agree at least this much (a typo, a space, a case). */
const TITLE_SIMILARITY = 0.85;

export function splitAnnexes(paragraphs: readonly Paragraph[], bodyStart: number): DocumentParts {
  const trailer = paragraphs.findIndex((p, i) => i >= bodyStart && TRAILER.test(p.text));
  const documentEnd = trailer < 0 ? paragraphs.length : trailer;
  const listIndex = paragraphs.findIndex(
    (p, i) => i >= bodyStart && i < documentEnd && ANNEX_LIST.test(p.text),
  );
  if (listIndex < 0) return { mainEnd: documentEnd, annexes: [] };

  const entries = readAnnexList(paragraphs, listIndex);
  const starts: Array<{ id: string; start: number }> = [];
  let from = listIndex + entries.length;
  for (const entry of entries) {
    const start = paragraphs.findIndex(
      (p, i) => i >= from && i < documentEnd && similarity(p.text, entry.title) >= TITLE_SIMILARITY,
    );
    if (start < 0)
      throw new PlanParseError(`annex ${entry.id} "${entry.title}" is listed but not printed`);
    starts.push({ id: entry.id, start });
    from = start + 1;
  }
  const annexes = starts.map(({ id, start }, i) => ({
    id,
    title: paragraphs[start]!.text,
    start,
    end: starts[i + 1]?.start ?? documentEnd,
  }));
  return { mainEnd: listIndex, annexes };
}

/** The entries of the annex list: its own paragraph, then one numbered paragraph per further annex. */
function readAnnexList(
  paragraphs: readonly Paragraph[],
  listIndex: number,
): Array<{ id: string; title: string }> {
  const first = paragraphs[listIndex]!.text.replace(ANNEX_LIST, '');
  const firstNumber = LIST_ENTRY.exec(first);
  if (!firstNumber) return [{ id: '1', title: first.trim() }];
  const entries = [{ id: firstNumber[1]!, title: first.slice(firstNumber[0].length).trim() }];
  for (let i = listIndex + 1; i < paragraphs.length; i += 1) {
    const entry = LIST_ENTRY.exec(paragraphs[i]!.text);
    if (!entry || Number(entry[1]) !== entries.length + 1) break;
    entries.push({ id: entry[1]!, title: paragraphs[i]!.text.slice(entry[0].length).trim() });
  }
  return entries;
}
