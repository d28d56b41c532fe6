import type { Deadline, PlanPhase } from '../domain/deadline.js';
import { daysInMonth, formatDate, isSupportedYear } from './dates.js';

/** What a printed deadline is relative to: bare months ("6月底前") belong to the plan's year. */
export interface DeadlineContext {
  planYear: number;
  /** The plan's 实施步骤; a deadline naming one of them is due at its end. */
  phases: readonly PlanPhase[];
}

/** A printed deadline in none of the known forms; the plan parser reports it for review. */
export class DeadlineParseError extends Error {
  readonly printed: string;

  constructor(printed: string, reason: string) {
    super(`Cannot read the deadline "${printed}": ${reason}`);
    this.name = 'DeadlineParseError';
    this.printed = printed;
  }
}

/** Words that make a task open-ended; after a date they make it a milestone. */
const ONGOING_WORDS = ['持续推进', '长期坚持', '长期推进', '常态化推进'];

/**
 * Deadline phrases, matched on normalised text:
 * - a month with a day or a part: "12月30日", "6月底", "6月末", "10月中旬", "2022年3月底";
 * - the year's end: "年底", "年末", "年内", "2021年底", "2021年年底".
 * An optional "前" / "之前" / "以前" follows. The look-behinds keep "12月" out of "112月" and
 * "年内" out of "3年内" / "三年内" / "半年内", which mean "within n years", not "this year".
 */
const DEADLINE_PHRASE = new RegExp(
  '(?<!\\d)(?:' +
    '(?:(?<monthYear>\\d{4})年)?(?<month>\\d{1,2})月' +
    '(?:(?<day>\\d{1,2})日|(?<part>上旬|中旬|下旬|底|末))' +
    '|(?:(?<wholeYear>\\d{4})年年?|(?<![\\d〇零一二两三四五六七八九十百几多半])年)' +
    '(?<yearPart>底|末|内)' +
    ')(?<before>之前|以前|前)?',
  'g',
);

/** One end of a phase range: "2021年12月", "12月上旬", "2022 年 3 月", "2021年12月15日". */
const PHASE_BOUND = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|(上旬|中旬|下旬|底|末))?$/;
/** "（一）工作部署阶段（2021年12月上旬）": numbering, name, then the bracketed period. */
const PHASE_LINE =
  /^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、．])?(?<name>[^()，,。；;:：]+?)[:：]?\((?<period>[^()]+)\)/;
const RANGE_SEPARATOR = /[-—–－~～〜至到]+/;

interface Normalised {
  text: string;
  /** Index in the raw text of each character of `text`, to quote the raw text back. */
  origin: number[];
}

/**
 * Plans are typed by hand: full-width digits ("１２月") and brackets, and stray spaces
 * ("2022 年 3 月") are common. Digits and brackets become ASCII and whitespace is dropped.
 */
function normalise(raw: string): Normalised {
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw.charAt(index);
    if (/\s/.test(char)) continue;
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) text += String.fromCharCode(code - 0xff10 + 0x30);
    else if (char === '（') text += '(';
    else if (char === '）') text += ')';
    else text += char;
    origin.push(index);
  }
  return { text, origin };
}

/** The raw text behind normalised[start, end). */
function rawSlice(raw: string, normalised: Normalised, start: number, end: number): string {
  return raw.slice(normalised.origin[start], (normalised.origin[end - 1] as number) + 1);
}

/** First and last day of the part of a month a phrase names ("上旬" = 1st–10th). */
function daysOfMonthPart(
  year: number,
  month: number,
  day: number | undefined,
  part: string | undefined,
): { first: number; last: number } | null {
  if (month < 1 || month > 12) return null;
  const lastOfMonth = daysInMonth(year, month);
  if (day !== undefined) return day >= 1 && day <= lastOfMonth ? { first: day, last: day } : null;
  switch (part) {
    case '上旬':
      return { first: 1, last: 10 };
    case '中旬':
      return { first: 11, last: 20 };
    case '下旬':
      return { first: 21, last: lastOfMonth };
    case '底':
    case '末':
      return { first: lastOfMonth, last: lastOfMonth };
    default:
      return { first: 1, last: lastOfMonth };
  }
}

/** The due date a deadline phrase names, or null when no such date exists ("2月30日"). */
function dueDate(groups: Record<string, string | undefined>, planYear: number): string | null {
  const printedYear = groups.wholeYear ?? groups.monthYear;
  const year = printedYear === undefined ? planYear : Number(printedYear);
  if (!isSupportedYear(year)) return null;
  if (groups.yearPart !== undefined) return formatDate(year, 12, 31);
  const month = Number(groups.month);
  const day = groups.day === undefined ? undefined : Number(groups.day);
  const days = daysOfMonthPart(year, month, day, groups.part);
  return days ? formatDate(year, month, days.last) : null;
}

/**
 * First deadline phrase of normalised text. In running prose a bare day ("6月25日") is usually
 * a date something happened, so there only "…日前" counts as a deadline.
 */
function firstDeadlineMatch(text: string, dayNeedsBefore: boolean): RegExpMatchArray | null {
  for (const match of text.matchAll(DEADLINE_PHRASE)) {
    const groups = match.groups ?? {};
    if (groups.month !== undefined && !(Number(groups.month) >= 1 && Number(groups.month) <= 12)) {
      continue;
    }
    if (dayNeedsBefore && groups.day !== undefined && groups.before === undefined) continue;
    return match;
  }
  return null;
}

/** The phase of the plan named in `text`, the longest name winning ("优化提升阶段" over "提升阶段"). */
function namedPhase(text: string, phases: readonly PlanPhase[]): PlanPhase | null {
  let found: PlanPhase | null = null;
  for (const phase of phases) {
    const name = normalise(phase.name).text;
    if (name !== '' && text.includes(name) && name.length > (found?.name.length ?? 0)) {
      found = phase;
    }
  }
  return found;
}

/**
 * Reads a printed deadline ("完成时限" or the bracketed attribution's tail) into a Deadline.
 * Forms: none (null or blank); a date ("6月底前", "年底前", "12月30日前", "10月中旬",
 * "2022年3月底前": an explicit year wins over the plan's); a milestone (a date followed by
 * ongoing work: "2024年10月底前取得阶段性成效，持续推进"); ongoing ("持续推进", "长期坚持",
 * "长期推进", "常态化推进"); a phase named by the plan ("全面攻坚阶段"), due at the phase's end.
 * Dates resolve to the last day the phrase allows: 上旬 the 10th, 中旬 the 20th, 下旬 and 底 the
 * month's last day, 年底 and 年内 December 31st.
 * Throws a DeadlineParseError for any other text, so unknown forms surface instead of vanishing.
 */
export function parseDeadline(printed: string | null, ctx: DeadlineContext): Deadline {
  const original = printed?.trim() ?? '';
  if (original === '') return { kind: 'none', printed: null };
  const { text } = normalise(original);

  const phase = namedPhase(text, ctx.phases);
  if (phase) return { kind: 'phase', phase: phase.name, date: phase.end, printed: original };

  const ongoing = ONGOING_WORDS.some((word) => text.includes(word));
  const match = firstDeadlineMatch(text, false);
  if (match) {
    const date = dueDate(match.groups ?? {}, ctx.planYear);
    if (date === null) throw new DeadlineParseError(original, `no such date "${match[0]}"`);
    return { kind: ongoing ? 'milestone' : 'date', date, printed: original };
  }
  if (ongoing) return { kind: 'ongoing', printed: original };
  throw new DeadlineParseError(original, 'not a known deadline form');
}

/**
 * The first dated deadline phrase in free text, quoted as printed ("…6月底前对行业协会商会乱收费
 * 自查…" → "6月底前"), or null. Open-ended words are not looked for: in prose "持续推进" is
 * a verb ("持续推进行业协会商会规范有序发展"), not a deadline.
 */
export function findDeadlinePhrase(text: string): string | null {
  const normalised = normalise(text);
  const match = firstDeadlineMatch(normalised.text, true);
  if (!match || match.index === undefined) return null;
  return rawSlice(text, normalised, match.index, match.index + match[0].length);
}

interface PhaseBound {
  year: number;
  yearPrinted: boolean;
  first: string;
  last: string;
}

/** One end of a phase period as first and last calendar day, or null when it is no date. */
function phaseBound(printed: string, defaultYear: number): PhaseBound | null {
  const match = PHASE_BOUND.exec(printed);
  if (!match) return null;
  const year = match[1] ? Number(match[1]) : defaultYear;
  if (!isSupportedYear(year)) return null;
  const month = Number(match[2]);
  const days = daysOfMonthPart(year, month, match[3] ? Number(match[3]) : undefined, match[4]);
  if (!days) return null;
  return {
    year,
    yearPrinted: match[1] !== undefined,
    first: formatDate(year, month, days.first),
    last: formatDate(year, month, days.last),
  };
}

/** The end bound of a range; printed without a year, it is the first such month after the start. */
function phaseEnd(printed: string, start: PhaseBound): PhaseBound | null {
  const end = phaseBound(printed, start.year);
  if (end && !end.yearPrinted && end.last < start.first) return phaseBound(printed, start.year + 1);
  return end;
}

/**
 * Reads a 实施步骤 heading into a phase with inclusive bounds:
 * "（一）工作部署阶段（2021年12月上旬）" → 工作部署阶段, 2021-12-01..2021-12-10;
 * "（二）全面攻坚阶段（2021年12月—2022年2月）" → 2021-12-01..2022-02-28.
 * A bound without a year takes the plan year (the start) or the start's year (the end, moved to
 * the next year when it would precede the start: "2021年12月—2月"). Text after the bracketed
 * period is ignored and left out of `printed`. Returns null for a line that is no phase heading.
 */
export function parsePhase(printed: string, planYear: number): PlanPhase | null {
  const normalised = normalise(printed);
  const match = PHASE_LINE.exec(normalised.text);
  const name = match?.groups?.name;
  const period = match?.groups?.period;
  if (!match || name === undefined || period === undefined) return null;

  const bounds = period.split(RANGE_SEPARATOR);
  if (bounds.length > 2) return null;
  const start = phaseBound(bounds[0] as string, planYear);
  if (!start) return null;
  const end = bounds[1] === undefined ? start : phaseEnd(bounds[1], start);
  if (!end || end.last < start.first) return null;
  return {
    name,
    start: start.first,
    end: end.last,
    printed: rawSlice(printed, normalised, 0, match[0].length),
  };
}
