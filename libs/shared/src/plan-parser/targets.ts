import type { Target, TargetComparator } from '../domain/target.js';
import { indexOutsideBrackets, isCloser, isOpener } from './brackets.js';
import { parseChineseNumeral } from './numerals.js';
import { normaliseForMatching, toHalfWidth, unifyBrackets } from './text.js';

/**
 * Quantitative targets in a task's text ("审批时限分别压缩至90、50、15个工作日以内" → three targets).
 *
 * A number becomes a target only when the words around it say how it is compared:
 * - a cue before it (压缩至, 不超过, 控制在 → ≤; 达到, 不少于, 至少 → ≥) or after it
 *   (以内, 内, 以下 → ≤; 以上 → ≥); the word after wins when both are printed;
 * - "达到100%" with nothing after it is `eq`: a share cannot exceed 100 %;
 * - a relative change of a share: "年均停电时间压缩8%以上" is the metric's 降幅 ≥ 8 %,
 *   "翻一番" its 增幅 ≥ 100 % (the base value is not printed, so `baseline` stays null and the
 *   base year goes into the metric: "税银贷款较2020年增幅");
 * - without a cue: a duration followed by 办结/审结 ("4个工作日办结") or after a time noun
 *   ("全年停电时间6.15小时/户") is a ceiling, a count after a frequency ("每月刊播一篇") a floor,
 *   and the head of a model's breakdown "3320（3个工作日：申请1个工作日、…）" a ceiling whose
 *   steps are not targets themselves.
 * Counts that only name things ("七项重点改革", "10个重点领域", "选聘20名"), quantities used as
 * conditions ("通报批评两次以上的单位"), dates, years, document numbers and codes
 * ("12345", "7×24小时") are never targets.
 *
 * The metric is built from the words before the number (the subject) plus a noun for what is
 * measured when the subject does not end with one ("企业开办" + "办结时限"); a list shared by
 * "分别 a、b、c" or "均" is distributed over the subjects listed before it.
 * `period` is the nearest time phrase before the target in its sentence, with relative years
 * resolved to the plan's year ("年内" → "2022年底") and frequencies kept as printed ("每季度").
 * A target printed twice in one task (title and body) is returned once.
 */
export function extractTargets(text: string, ctx: { planYear: number }): Target[] {
  const source = prepare(text);
  const found = split(source.text, { start: 0, end: source.text.length }, SENTENCE_STOPS).flatMap(
    (sentence) => targetsInSentence(source.text, sentence, ctx.planYear),
  );
  return withoutRestatements(found).map(({ print, ...target }) => ({
    ...target,
    printed: printedWords(source, print),
  }));
}

interface Span {
  start: number;
  end: number;
}

/** A target before its printed words are quoted back from the original text. */
type Found = Omit<Target, 'printed'> & { print: Span };

// ---------------------------------------------------------------------------------------------
// Text: matching is done on normalised text, the printed words come from the original.

interface Source {
  raw: string;
  text: string;
  /** Index in `raw` of each character of `text`; null when the two could not be aligned. */
  origin: number[] | null;
}

function prepare(raw: string): Source {
  const text = normaliseForMatching(raw);
  return { raw, text, origin: alignToRaw(raw, text) };
}

/**
 * Normalisation drops characters (spaces, markup) or maps one character to one (widths,
 * brackets), so walking both texts in step finds the original of every normalised character.
 */
function alignToRaw(raw: string, text: string): number[] | null {
  const origin: number[] = [];
  let index = 0;
  for (const char of text.split('')) {
    while (index < raw.length && !sameCharacter(raw[index]!, char)) index += 1;
    if (index === raw.length) return null;
    origin.push(index);
    index += 1;
  }
  return origin;
}

function sameCharacter(rawChar: string, char: string): boolean {
  return unifyBrackets(toHalfWidth(rawChar)) === char || (char === ' ' && /\s/.test(rawChar));
}

function printedWords(source: Source, span: Span): string {
  if (!source.origin) return source.text.slice(span.start, span.end);
  return source.raw.slice(source.origin[span.start], source.origin[span.end - 1]! + 1);
}

/** Normalisation makes "！？，；：" half-width; "。" has no half-width form in these documents. */
const SENTENCE_STOPS = '。!?';
const CLAUSE_STOPS = ',;:';

/** `span` cut at each stop outside brackets and quotes; the stops themselves are left out. */
function split(text: string, span: Span, stops: string): Span[] {
  const bounded = text.slice(0, span.end);
  const parts: Span[] = [];
  for (let start = span.start; start < span.end;) {
    const stop = indexOutsideBrackets(bounded, stops, start);
    const end = stop < 0 ? span.end : stop;
    parts.push({ start, end });
    start = end + 1;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Quantities: a number or a list of numbers with a unit.

type Direction = 'lte' | 'gte' | 'reach';
type Change = 'increase' | 'decrease';

interface Quantity extends Span {
  values: number[];
  /** As printed without the number; "个" when a count noun follows it ("2个环节"). */
  unit: string;
  /** The noun counted by "个" ("环节"), which belongs in the metric. */
  countedNoun: string | null;
  /** "翻一番": the values are the growth in %. */
  doubling: boolean;
}

const NUMBER = String.raw`(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)`;
const UNITS = ['工作日', '小时/户', '小时', '分钟', '天', '日', '年', '%', '场次', '人次'];
const COUNT_UNITS = ['项', '户', '家', '篇', '次', '件', '名', '人', '万元', '亿元', '元'];
const QUANTITY = new RegExp(
  String.raw`(?<values>${NUMBER}个?(?:[、和及与]${NUMBER}个?)*)(?<unit>${[...UNITS, ...COUNT_UNITS].join('|')})?`,
  'gu',
);
const DURATION_UNITS = new Set(['工作日', '小时/户', '小时', '分钟', '天', '日', '年']);
/** Nouns a plan counts with "个" as a service standard: steps and documents to hand in. */
const COUNTED_NOUNS = ['环节', '材料'];
/** "压减至2个，即申请、供应": a bare "个" ends at punctuation or a cue. */
const BARE_COUNT_END = /^(?:[,;:。、)”]|以|内|及|$)/;
const DOUBLING = /翻([一二两三四])番/gu;

function findQuantities(text: string, sentence: Span): Quantity[] {
  const slice = text.slice(sentence.start, sentence.end);
  const quantities: Quantity[] = [];
  for (const match of slice.matchAll(QUANTITY)) {
    const quantity = toQuantity(text, sentence.start + match.index, match);
    if (quantity) quantities.push(quantity);
  }
  for (const match of slice.matchAll(DOUBLING)) {
    const start = sentence.start + match.index;
    const times = parseChineseNumeral(match[1]!.replace('两', '二'))!;
    const values = [(2 ** times - 1) * 100];
    quantities.push({
      start,
      end: start + match[0].length,
      values,
      unit: '%',
      countedNoun: null,
      doubling: true,
    });
  }
  return quantities.sort((a, b) => a.start - b.start);
}

function toQuantity(text: string, start: number, match: RegExpExecArray): Quantity | null {
  const printedValues = match.groups!.values!;
  let end = start + match[0].length;
  let unit = match.groups!.unit;
  let countedNoun: string | null = null;
  if (unit === undefined) {
    if (!printedValues.endsWith('个')) return null;
    countedNoun = COUNTED_NOUNS.find((noun) => text.startsWith(noun, end)) ?? null;
    if (countedNoun === null && !BARE_COUNT_END.test(text.slice(end))) return null;
    unit = '个';
    end += countedNoun?.length ?? 0;
  }
  if (isCodeOrDate(text, start, printedValues, unit)) return null;
  const values = printedValues.split(/[、和及与]/).map(parseValue);
  if (values.some((value) => value === null)) return null;
  return { start, end, values: values as number[], unit, countedNoun, doubling: false };
}

/**
 * Numbers that are not amounts: part of a code or a product ("5G", "2.0", "7×24"), an ordinal
 * ("第7次"), a starting value read with the target after it ("由120个工作日压缩至…"), a year
 * ("2021年") or the day of a date ("7月16日").
 */
function isCodeOrDate(text: string, start: number, printedValues: string, unit: string): boolean {
  const before = text[start - 1] ?? '';
  if (/[\dA-Za-z.×+\-/#@第由从]/.test(before)) return true;
  if (unit === '年' && /^\d{4}$/.test(printedValues)) return true;
  return unit === '日' && before === '月';
}

function parseValue(printed: string): number | null {
  const number = printed.replace(/个$/, '');
  if (/^\d/.test(number)) return Number(number);
  return parseChineseNumeral(number.replace(/两/g, '二'));
}

// ---------------------------------------------------------------------------------------------
// Cues: the words that say how a quantity is compared.

/** Longest words first within a direction: "达到" before "达". */
const PREFIX_CUES: ReadonlyArray<readonly [Direction, readonly string[]]> = [
  ['lte', ['不超过', '不高于', '不多于', '控制在', '压缩至', '压缩到', '压减至', '压减到']],
  ['lte', ['缩短至', '缩短到', '降低至', '降低到', '减少至', '减少到', '降至']],
  ['gte', ['不少于', '不低于', '至少', '提高至', '提高到', '提升至', '提升到', '增加至', '增加到']],
  ['reach', ['达到', '达']],
];
const SUFFIX_CUES: ReadonlyArray<readonly [Direction, readonly string[]]> = [
  ['lte', ['及以下', '以下', '以内', '内']],
  ['gte', ['及以上', '以上']],
];
/** A change by a share, without 至/到: "压缩8%以上" is a reduction of at least 8 %. */
const CHANGE_VERBS: ReadonlyArray<readonly [Change, readonly string[]]> = [
  ['decrease', ['压缩', '压减', '降低', '减少', '下降']],
  ['increase', ['提高', '提升', '增长', '增加']],
];

/** The first word of `cues` that `matches`, with what it says. */
function findCue<T>(
  cues: ReadonlyArray<readonly [T, readonly string[]]>,
  matches: (word: string) => boolean,
): { word: string; meaning: T } | null {
  for (const [meaning, words] of cues) {
    const word = words.find(matches);
    if (word !== undefined) return { word, meaning };
  }
  return null;
}

/** "至少召开一次…会议": the cue stands before the verb whose object is counted. */
const GAP_CUE = /(?:至少|不少于)(\p{Script=Han}{1,4})$/u;
const FREQUENCY = /每(?:周|月|季度|季|半年|年)/;

interface Cue {
  direction: Direction | null;
  change: Change | null;
  /** Where the words before the quantity stop being the subject. */
  subjectEnd: number;
  /** End of the quantity and of the cue after it. */
  end: number;
  /** The verb between a cue and the quantity ("召开"). */
  verb: string;
}

/** The cues around `quantity`; null when the quantity qualifies a noun ("两次以上的单位"). */
function readCue(text: string, quantity: Quantity, from: number): Cue | null {
  const before = text.slice(from, quantity.start);
  const after = findCue(SUFFIX_CUES, (word) => text.startsWith(word, quantity.end));
  const end = quantity.end + (after?.word.length ?? 0);
  if (text[end] === '的') return null;
  // The word after the quantity is the more precise one: "压缩至…以内", "达到…以上".
  const cue = (
    direction: Direction | null,
    subjectEnd: number,
    change: Change | null = null,
    verb = '',
  ): Cue => ({
    direction: after?.meaning ?? direction,
    change,
    subjectEnd,
    end,
    verb,
  });
  const prefix = findCue(PREFIX_CUES, (word) => before.endsWith(word));
  const prefixStart = quantity.start - (prefix?.word.length ?? 0);
  if (quantity.doubling) return cue('gte', prefixStart, 'increase');
  if (prefix) return cue(prefix.meaning, prefixStart);
  const change =
    quantity.unit === '%' ? findCue(CHANGE_VERBS, (word) => before.endsWith(word)) : null;
  if (change) return cue('gte', quantity.start - change.word.length, change.meaning);
  const gap = GAP_CUE.exec(before);
  if (gap) return cue('gte', quantity.start - gap[0].length, null, gap[1]);
  return cue(null, quantity.start);
}

/** Without a cue, the kind of quantity and its subject may still make it a target. */
function impliedDirection(
  text: string,
  quantity: Quantity,
  rawSubject: string,
  subject: string,
): Direction | null {
  if (DURATION_UNITS.has(quantity.unit)) {
    const completed = /^”?(?:办结|审结)/.test(text.slice(quantity.end));
    return completed || /(?:时间|时限|时长)$/.test(subject) ? 'lte' : null;
  }
  return quantity.unit !== '%' && FREQUENCY.test(rawSubject) ? 'gte' : null;
}

function toComparator(
  direction: Direction,
  quantity: Quantity,
  cue: Cue,
  value: number,
): TargetComparator {
  if (direction !== 'reach') return direction;
  const full =
    value === 100 && quantity.unit === '%' && cue.end === quantity.end && cue.change === null;
  return full ? 'eq' : 'gte';
}

/** "（3个工作日：申请1个工作日、…）": a quantity that opens a bracketed breakdown. */
function breakdownBracket(text: string, quantity: Quantity, clause: Span): number | null {
  if (text[quantity.end] !== ':') return null;
  let depth = 0;
  for (let index = quantity.start - 1; index >= clause.start; index -= 1) {
    if (isCloser(text[index]!)) depth += 1;
    else if (isOpener(text[index]!) && depth-- === 0) return index;
  }
  return null;
}

/** End of a breakdown entry: the next ";" or the closing bracket at its own depth. */
function breakdownEnd(text: string, from: number, clause: Span): number {
  let depth = 0;
  for (let index = from; index < clause.end; index += 1) {
    const char = text[index]!;
    if (isOpener(char)) depth += 1;
    else if (isCloser(char) && depth-- === 0) return index;
    else if (char === ';' && depth === 0) return index;
  }
  return clause.end;
}

// ---------------------------------------------------------------------------------------------
// Subjects: the words before a quantity, cleaned into a metric name.

interface Subject {
  text: string;
  /** The list before the cue is shared out: "A、B、C…分别压缩至a、b、c" or "A、B均达到x". */
  distributive: boolean;
  /** "在2020年的基础上" / "较2020年": the year a change is measured from. */
  baseYear: string | null;
  /** "由120个工作日压缩至…": the printed starting value. */
  baseline: number | null;
}

const SCOPE = /^(?:全县|全市|全省|全区|全国|本县|本市|我县|我市)/;
/**
 * Verbs and particles that introduce a subject without naming it. Single characters are
 * guarded where they begin words of the domain: 并联审批, 在线办理, 完成率.
 */
const LEADING_FILLER =
  /^(?:进一步|力争|争取|确保|实现|全面|推进|推动|落实|完成(?!率)|其中|对于|必须|做到|将|把|并(?![联行列])|在(?![线职岗]))/;
const TRAILING_FILLER = /(?:分别|均|实现|应在|要在|须在|将|“)$/;
/** Outline markers and list punctuation that may open a clause. */
const MARKERS = /^(?:[、,;:\s]|\([^()]{1,4}\)|\d{1,3}[.、](?!\d)|第[一二三四五六七八九十百\d]+条)+/;

/** The first index at or after `index` that is not an outline marker or list punctuation. */
function skipMarkers(text: string, index: number): number {
  return index + (MARKERS.exec(text.slice(index))?.[0].length ?? 0);
}

const BASE_YEAR = /在?(\d{4})年的?基础上|较(\d{4})年/;
const BASELINE = new RegExp(
  String.raw`[由从](\d+(?:\.\d+)?)个?(?:${[...UNITS, ...COUNT_UNITS].join('|')})?`,
);

function readSubject(printed: string): Subject {
  let text = withoutBrackets(printed);
  const distributive = /(?:分别|均)$/.test(text);
  const baseYear = BASE_YEAR.exec(text);
  text = text.replace(BASE_YEAR, '');
  const baseline = BASELINE.exec(text);
  text = trimSubject(text.replace(BASELINE, ''));
  return {
    text: text.replace(/^“([^“”]*)”$/, '$1'),
    distributive,
    baseYear: baseYear ? (baseYear[1] ?? baseYear[2]!) : null,
    baseline: baseline ? Number(baseline[1]) : null,
  };
}

function withoutBrackets(text: string): string {
  let previous = '';
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current.replace(/\([^()]*\)/g, '');
  }
  return current;
}

/** Strips markers, scope, filler words and one leading time phrase ("年内实现全年停电时间"). */
function trimSubject(subject: string): string {
  let text = subject;
  let periodStripped = false;
  for (let previous = ''; text !== previous;) {
    previous = text;
    text = text.replace(MARKERS, '').replace(SCOPE, '').replace(LEADING_FILLER, '');
    const period = leadingPeriod(text);
    if (period > 0 && !periodStripped) {
      text = text.slice(period);
      periodStripped = true;
    }
  }
  for (let previous = ''; text !== previous;) {
    previous = text;
    // A model's code ("用水报装3320") names the model, not what is measured.
    text = text.replace(TRAILING_FILLER, '').replace(/(?<=\p{Script=Han})\d+$/u, '');
    text = text.slice(0, text.length - trailingPeriod(text));
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Periods: when a value must be reached ("2021年底") or how often it recurs ("每季度").

const PERIOD = new RegExp(
  [
    String.raw`(?<rangeFrom>\d{4})[至—\-~](?<rangeTo>\d{4})年`,
    String.raw`(?<monthYear>\d{4})年(?<month>\d{1,2})月(?:底|末)前?`,
    String.raw`(?<!较)(?<year>\d{4})年(?:年?底|末|内)?前?(?!的?基础上|\d{1,2}月)`,
    String.raw`(?<![\d年])(?<bareMonth>\d{1,2})月(?:底|末)前?`,
    String.raw`(?<thisYear>(?<![\d一二两三四五六七八九十百几多半])年(?:底|末|内)前?|全年|今年)`,
    String.raw`(?<every>每(?:周|月|季度|季|半年|年))`,
  ].join('|'),
  'gu',
);

/** The words of a period phrase as a target's period, relative years resolved. */
function periodName(groups: Record<string, string | undefined>, planYear: number): string {
  if (groups.rangeFrom) return `${groups.rangeFrom}—${groups.rangeTo}年`;
  if (groups.monthYear) return `${groups.monthYear}年${groups.month}月底`;
  if (groups.year) return `${groups.year}年底`;
  if (groups.bareMonth) return `${planYear}年${groups.bareMonth}月底`;
  if (groups.thisYear) return `${planYear}年底`;
  return groups.every!;
}

/** The nearest time phrase before `position` in its sentence. */
function periodBefore(
  text: string,
  sentence: Span,
  position: number,
  planYear: number,
): string | null {
  const matches = [...text.slice(sentence.start, position).matchAll(PERIOD)];
  const last = matches.at(-1);
  return last ? periodName(last.groups ?? {}, planYear) : null;
}

function leadingPeriod(text: string): number {
  const match = [...text.matchAll(PERIOD)][0];
  return match?.index === 0 ? match[0].length : 0;
}

function trailingPeriod(text: string): number {
  const match = [...text.matchAll(PERIOD)].at(-1);
  return match && match.index + match[0].length === text.length ? match[0].length : 0;
}

// ---------------------------------------------------------------------------------------------
// Metrics.

/** Words that already name what is measured; other subjects get a noun from the unit. */
const MEASURE_NOUN =
  /(?:时限|时间|时长|期限|日期|率|比例|占比|比重|增幅|降幅|增速|数|数量|总量|总额|金额|规模|人次|次数|余额)$/;
/** Words that end a time limit's sentence and name what the limit is for ("3个工作日内…答复"). */
const COMPLETION = /(?:办结|审结|答复|转办|退单)$/;
/** Nouns of the things a limit applies to; the words from one on are shared by a list. */
const HEAD_NOUNS = ['项目', '用户', '企业', '事项', '案件', '业务'];

function measureNoun(unit: string, completion: string): string {
  if (DURATION_UNITS.has(unit)) return `${completion}时限`;
  if (unit === '%') return '比例';
  if (unit === '次' || unit === '场次') return '次数';
  if (unit === '人次') return '人次';
  return unit.endsWith('元') ? '金额' : '数';
}

interface MetricParts {
  base: string;
  unit: string;
  change: Change | null;
  baseYear: string | null;
  completion: string;
}

function metricName({ base, unit, change, baseYear, completion }: MetricParts): string {
  if (change)
    return `${base}${baseYear ? `较${baseYear}年` : ''}${change === 'increase' ? '增幅' : '降幅'}`;
  if (MEASURE_NOUN.test(base)) return base;
  return base + measureNoun(unit, base.endsWith(completion) ? '' : completion);
}

/**
 * "政府投资、社会投资和小型低风险项目审批时限" → one name per item. The last item carries the
 * measured words; they are shared from its head noun on ("项目审批时限"), and an item that already
 * ends with that noun ("居民用户") takes only the rest ("办电时间").
 */
function distribute(subject: string, count: number | null): string[] {
  for (const separator of [/[、和及与]/, /、/]) {
    const items = subject.split(separator).filter((item) => item !== '');
    if (count === null ? items.length > 1 : items.length === count) return shareTail(items);
  }
  return Array.from({ length: count ?? 1 }, () => subject);
}

function shareTail(items: string[]): string[] {
  const last = items.at(-1)!;
  const head = HEAD_NOUNS.map((noun) => ({ noun, index: last.lastIndexOf(noun) }))
    .filter(({ index }) => index > 0)
    .sort((a, b) => b.index - a.index)[0];
  const tail = head ? last.slice(head.index) : (MEASURE_NOUN.exec(last)?.[0] ?? '');
  return items.map((item, index) => {
    if (index === items.length - 1 || MEASURE_NOUN.test(item)) return item;
    return head && item.endsWith(head.noun) ? item + tail.slice(head.noun.length) : item + tail;
  });
}

// ---------------------------------------------------------------------------------------------
// Sentences.

function targetsInSentence(text: string, sentence: Span, planYear: number): Found[] {
  const clauses = split(text, sentence, CLAUSE_STOPS);
  const quantities = findQuantities(text, sentence);
  const found: Found[] = [];
  let consumed = sentence.start;
  quantities.forEach((quantity, index) => {
    const clauseIndex = clauses.findIndex((clause) => quantity.start < clause.end);
    const context: Context = { text, sentence, clauses, clauseIndex, planYear };
    const next = quantities[index + 1]?.start ?? sentence.end;
    const read = readTarget(context, quantity, consumed, next);
    if (!read) return;
    found.push(...read.targets);
    consumed = Math.max(consumed, read.end);
  });
  return found;
}

interface Context {
  text: string;
  sentence: Span;
  clauses: Span[];
  clauseIndex: number;
  planYear: number;
}

/** The targets one quantity states, and where its words end; null when it states none. */
function readTarget(
  context: Context,
  quantity: Quantity,
  consumed: number,
  next: number,
): { targets: Found[]; end: number } | null {
  const { text, clauses, clauseIndex } = context;
  const clause = clauses[clauseIndex]!;
  const from = Math.max(clause.start, consumed);
  const cue = readCue(text, quantity, from);
  if (!cue) return null;
  const bracket = cue.direction === null ? breakdownBracket(text, quantity, clause) : null;
  const subjectSpan =
    bracket === null ? { start: from, end: cue.subjectEnd } : { start: clause.start, end: bracket };
  const rawSubject = text.slice(subjectSpan.start, subjectSpan.end);
  const subject = readSubject(rawSubject);
  const direction =
    bracket === null
      ? (cue.direction ?? impliedDirection(text, quantity, rawSubject, subject.text))
      : 'lte';
  if (direction === null) return null;

  const wording = wordingOf(context, quantity, cue, subjectSpan, subject, next);
  const print =
    bracket === null
      ? wording.print
      : { start: quantity.start, end: breakdownEnd(text, quantity.end, clause) };
  const period = periodBefore(text, context.sentence, quantity.start, context.planYear);
  const names =
    subject.distributive || quantity.values.length > 1
      ? distribute(wording.base, quantity.values.length > 1 ? quantity.values.length : null)
      : [wording.base];
  const targets = names.map((base, index): Found => {
    const value = quantity.values[Math.min(index, quantity.values.length - 1)]!;
    const metric = metricName({
      base,
      unit: quantity.unit,
      change: cue.change,
      baseYear: subject.baseYear,
      completion: wording.completion,
    });
    const comparator = toComparator(direction, quantity, cue, value);
    return {
      metric,
      comparator,
      value,
      unit: quantity.unit,
      period,
      baseline: subject.baseline,
      print,
    };
  });
  return { targets, end: wording.print.end };
}

interface Wording {
  /** The metric before a measured noun is added. */
  base: string;
  /** The verb a time limit is for ("办结"), or ''. */
  completion: string;
  print: Span;
}

/** The metric's words and the printed span they come from. */
function wordingOf(
  context: Context,
  quantity: Quantity,
  cue: Cue,
  subjectSpan: Span,
  subject: Subject,
  next: number,
): Wording {
  const { text, clauses, clauseIndex } = context;
  const clause = clauses[clauseIndex]!;
  const rest = text.slice(cue.end, clause.end);
  const completion = DURATION_UNITS.has(quantity.unit) ? (COMPLETION.exec(rest)?.[0] ?? '') : '';
  const object = DURATION_UNITS.has(quantity.unit)
    ? ''
    : objectAfter(text, cue.end, Math.min(next, clause.end), clause.end);
  const end = completion ? clause.end : cue.end + object.length;
  let start = skipMarkers(text, subjectSpan.start);
  let words =
    subject.text +
    cue.verb +
    (quantity.countedNoun && !subject.text.endsWith(quantity.countedNoun)
      ? quantity.countedNoun
      : '');
  if (object) {
    // "预算总额的30%以上专门面向中小企业采购": the subject is the base of the share, the object names it.
    words = (subject.text.endsWith('的') ? '' : words) + trimSubject(withoutBrackets(object));
  } else if (subject.text === '') {
    const fallback = fallbackSubject(context, quantity);
    if (fallback) {
      words = fallback.words;
      start = fallback.start;
    }
  }
  return { base: words, completion, print: { start, end } };
}

/**
 * The counted thing printed after the quantity ("至少召开一次分工负责指标联席会议",
 * "90%以上政务服务事项…实现“一网通办”"). When another quantity follows in the clause,
 * a list is going on and the object ends at the list's "、".
 */
function objectAfter(text: string, from: number, next: number, clauseEnd: number): string {
  if (
    !/^[\p{Script=Han}“]/u.test(text.slice(from, from + 1)) ||
    COMPLETION.test(text.slice(from, from + 2))
  )
    return '';
  const words = text.slice(from, next);
  const listBreak = next < clauseEnd ? words.indexOf('、') : -1;
  return listBreak < 0 ? words : words.slice(0, listBreak);
}

/**
 * A clause that starts with its quantity ("…，1个工作日内予以答复") is about the label of its
 * sentence ("咨询：…") or, failing that, the clause before it.
 */
function fallbackSubject(
  context: Context,
  quantity: Quantity,
): { words: string; start: number } | null {
  const { text, sentence, clauses, clauseIndex } = context;
  const start = skipMarkers(text, sentence.start);
  const colon = indexOutsideBrackets(text.slice(0, quantity.start), ':', start);
  if (colon > start && colon - start <= 12 && !/[,;]/.test(text.slice(start, colon))) {
    return { words: trimSubject(text.slice(start, colon)), start };
  }
  const previous = clauses[clauseIndex - 1];
  if (!previous) return null;
  const words = readSubject(text.slice(previous.start, previous.end)).text;
  return words === '' ? null : { words, start: skipMarkers(text, previous.start) };
}

// ---------------------------------------------------------------------------------------------

/**
 * A title that restates its body ("实现全流程“1个工作日”办结。…全面实现企业开办全流程“1个工作日”办结")
 * is one target: same comparison, value, unit and period, one metric ending with the other.
 * The more specific (longer) metric is kept, at the first one's place.
 */
function withoutRestatements(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const target of found) {
    const index = kept.findIndex((other) => restates(other, target));
    if (index < 0) kept.push(target);
    else if (target.metric.length > kept[index]!.metric.length) kept[index] = target;
  }
  return kept;
}

function restates(a: Found, b: Found): boolean {
  const same =
    a.comparator === b.comparator &&
    a.value === b.value &&
    a.unit === b.unit &&
    a.period === b.period;
  return same && (a.metric.endsWith(b.metric) || b.metric.endsWith(a.metric));
}
