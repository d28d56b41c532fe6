import { PlanParseError } from './issues.js';
import type { Paragraph } from './lines.js';
import { compact } from './similarity.js';

/**
 * The header of an official document (公文): document number (文号), the notice that issues
 * the plan ("《…》已经县政府同意，现印发给你们"), the issuer's signature and date, then the plan's
 * own title where its body begins.
 */
export interface DocumentHeader {
  title: string;
  issuer: string;
  documentNumber: string | null;
  issuedDate: string | null;
  year: number;
  /** Index of the first paragraph of the plan's body (after its title). */
  bodyStart: number;
}

const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,8}[〔［[(（]\d{4}[〕］\])）]\d+号/;
const STANDALONE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** The plan's title is printed on at most this many lines. */
const TITLE_MAX_LINES = 3;

export function readHeader(paragraphs: readonly Paragraph[]): DocumentHeader {
  const noticeIndex = paragraphs.findIndex(
    (p) => p.text.startsWith('《') && p.text.includes('印发'),
  );
  if (noticeIndex < 0)
    throw new PlanParseError('no notice "《…》…印发…" naming the plan was found');
  const title = /^《([^》]+)》/.exec(paragraphs[noticeIndex]!.text)![1]!;

  const dateIndex = paragraphs.findIndex((p, i) => i > noticeIndex && STANDALONE_DATE.test(p.text));
  if (dateIndex < 1) throw new PlanParseError('no signature date after the notice');
  const [, year, month, day] = STANDALONE_DATE.exec(paragraphs[dateIndex]!.text)!;
  const issuedDate = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const issuer = paragraphs[dateIndex - 1]!.text;

  const bodyStart = findTitleEnd(paragraphs, dateIndex + 1, title);
  if (bodyStart < 0)
    throw new PlanParseError(`the plan's title "${title}" is not printed after the notice`);

  const numberMatch = paragraphs
    .slice(0, noticeIndex)
    .map((p) => DOCUMENT_NUMBER.exec(p.text)?.[0])
    .find((found) => found !== undefined);
  const documentNumber = numberMatch ?? null;
  return {
    title,
    issuer,
    documentNumber,
    issuedDate,
    year: planYear(title, documentNumber, issuedDate),
    bodyStart,
  };
}

/** The paragraph after the title, which may be broken over a few lines. */
function findTitleEnd(paragraphs: readonly Paragraph[], from: number, title: string): number {
  const wanted = compact(title);
  for (let start = from; start < paragraphs.length; start += 1) {
    let joined = '';
    for (let end = start; end < Math.min(paragraphs.length, start + TITLE_MAX_LINES); end += 1) {
      joined += compact(paragraphs[end]!.text);
      if (joined === wanted) return end + 1;
      if (!wanted.startsWith(joined)) break;
    }
  }
  return -1;
}

/** The year a plan is for: printed in its title, else the year of its 文号, else of its date. */
function planYear(title: string, documentNumber: string | null, issuedDate: string): number {
  const inTitle = /(\d{4})年/.exec(title)?.[1];
  const inNumber = documentNumber ? /\d{4}/.exec(documentNumber)?.[0] : undefined;
  return Number(inTitle ?? inNumber ?? issuedDate.slice(0, 4));
}
