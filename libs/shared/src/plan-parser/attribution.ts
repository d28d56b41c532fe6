import type { Leader } from '../domain/leader.js';
import { collapseCjkSpaces, stripMarkup } from './text.js';

/**
 * Parsing of the printed attributions of a plan: the bracket that ends a task ("（X牵头，Y、Z等部门及
 * 各镇按职责分工负责）", "〔牵头单位：X；配合单位：Y〕") and the leader clause of a group heading
 * ("（包抓领导：县委常委、副县长闫秉云，牵头部门：县行政审批服务局）"). Unit names come out as printed
 * (minus stray whitespace); making them canonical is the department matcher's job.
 *
 * Rules, chosen for what a 营商办 expects to see in its ledger:
 * - "X牵头", "X按职责牵头", "X按职责分别牵头", "牵头单位：X" → X leads.
 * - "Y负责" next to a lead ("X牵头，Y负责，Z等部门…按职责分工负责") → Y is a responsible unit that
 *   carries the work under the lead's coordination: it is a support unit, listed first.
 * - "Z等部门及各镇按职责分工负责", "配合单位：Z", "责任单位：Z" → support.
 * - No lead printed at all ("（X、Y、Z等部门及各镇按职责分工负责）", "（责任单位：X、Y）"): Chinese
 *   official lists name the leading unit first (排在首位的为牵头单位), so the first unit that is not a
 *   group word is taken as the lead and `leadInferred` is set, for the office to confirm.
 * - "等部门", "等相关单位", "等县级相关部门" mean "and others": dropped. Group words standing alone
 *   ("各镇各部门", "县级相关部门", "各县区", "有关镇") are kept as names: they are group departments.
 * - A deadline inside the bracket ("…，7月底前完成）", "完成时限：持续推进") becomes `deadlineText`.
 */

export interface ParsedAttribution {
  lead: string[];
  support: string[];
  /** True when no unit was printed as lead and the first listed unit was taken as lead. */
  leadInferred: boolean;
  deadlineText: string | null;
}

export interface ParsedLeaderClause {
  /** Named leaders; empty when the clause names a post only ("市政府分管领导"). */
  leaders: Leader[];
  /** The words naming the leader(s), e.g. "县委常委、副县长闫秉云" or "市政府分管领导". */
  leaderText: string | null;
  leadDepartments: string[];
  printed: string;
}

export interface ParsedGroupHeading {
  /** The heading's own number, "（一）" or "一、", when the heading starts with one. */
  ordinal: string | null;
  title: string;
  clause: ParsedLeaderClause | null;
}

const OPEN = '（(〔[［【〖';
const CLOSE = '）)〕]］】〗';
const SEPARATOR = /[、，,；;]/;

/** Whitespace removed and the brackets around the whole span dropped, whatever their kind. */
function cleanSpan(printed: string): string {
  const text = collapseCjkSpaces(stripMarkup(printed)).trim();
  const inner =
    OPEN.includes(text[0] ?? '') && CLOSE.includes(text.at(-1) ?? '') ? text.slice(1, -1) : text;
  return dropUnbalancedBrackets(inner);
}

/**
 * Conversion sometimes leaves a closing bracket in the middle of an attribution that continues on
 * the next line ("…县级相关部门〕\n及各乡镇…]"). Brackets that do not pair up are removed; all kinds
 * pair with each other because the documents mix them.
 */
function dropUnbalancedBrackets(text: string): string {
  const chars = [...text];
  const openers: number[] = [];
  const unmatched = new Set<number>();
  chars.forEach((char, index) => {
    if (OPEN.includes(char)) openers.push(index);
    else if (CLOSE.includes(char) && openers.pop() === undefined) unmatched.add(index);
  });
  openers.forEach((index) => unmatched.add(index));
  return chars.filter((_, index) => !unmatched.has(index)).join('');
}

/** Splits at separators outside brackets, so "县工信局（科技局）" and "各乡镇人民政府（街道）" stay whole. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPEN.includes(char)) depth += 1;
    if (CLOSE.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** "等部门", "等相关单位", "等县级相关部门": "and the others", not a unit. */
const AND_OTHERS = /等[^、，,；;]*?(?:部门|单位)$|等$/;
/** A note on an annex cell, e.g. "人民银行宝鸡市分行（市级权限）": the item is handled at city level. */
const AUTHORITY_NOTE = /[（(][^（()）]*权限[）)]$/;

/**
 * The unit names of a list such as "县发改局、县财政局等部门及各镇", "县级有关部门，各镇街",
 * "县住建局及供气企业" or "县数字化信息服务中心、县司法局以及相关行政监管执法部门".
 */
export function splitUnitNames(list: string): string[] {
  const text = cleanSpan(list)
    // "县级相关部门各乡镇人民政府": the separator was lost in conversion.
    .replace(/(部门|单位)(?=各)/g, '$1、')
    // "县发改局等部门和各乡镇": "和" joins two lists here, unlike inside "县职转和营商办".
    .replace(/(等[^、，,；;]*?(?:部门|单位))和/g, '$1及');
  const names = splitTopLevel(text.replace(/以及|及/g, '、'), SEPARATOR)
    .map((name) =>
      name
        .replace(/^[★由]+/, '')
        .replace(AND_OTHERS, '')
        .replace(AUTHORITY_NOTE, '')
        .trim(),
    )
    .filter((name) => name.length >= 2);
  return [...new Set(names)];
}

/**
 * A cell of an annex table ("★县住建局\n县自然资源局、县交通局等部门"): its units, and those marked ★
 * as the lead of the bundle.
 */
export function parseResponsibleCell(cell: string): { lead: string[]; units: string[] } {
  // In a cell a line break separates units ("★县住建局\n县自然资源局…"), unlike in running text.
  const lines = cell
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const units = splitUnitNames(lines.join('、'));
  const lead = lines
    .filter((line) => line.startsWith('★'))
    .flatMap((line) => splitUnitNames(line).slice(0, 1));
  return { lead, units };
}

const DEADLINE_CLAUSE =
  /^(?:(?:\d{4}年)?(?:\d{1,2}月(?:底|份|上旬|中旬|下旬|\d{1,2}日)?|年底|年内|年中|上半年|下半年)前?|(?:持续推进|长期坚持|长期推进|常态化推进)$)/;
const LEAD_CLAUSE = /^(.*?)(?:按照?职责)?(?:分别)?牵头$/;
const SUPPORT_CLAUSE = /^(.*?)(?:按照?职责(?:分工)?)?(?:分别)?负责$/;
const LABEL = /^(牵头单位|牵头部门|配合单位|配合部门|责任单位|责任部门|完成时限|完成时间)[:：]?/;
/** Segments end at a semicolon, or at a comma right before the next label. */
const LABELLED_SEGMENT = /[；;]|[，,](?=(?:牵头|配合|责任)(?:单位|部门)|完成时限|完成时间)/;

/** Deadline words keep the document's Chinese comma, whatever the converter printed. */
function deadlineFrom(clauses: string[]): string | null {
  return clauses.length === 0 ? null : clauses.join('，').replace(/,/g, '，');
}

/** Group words ("各镇", "县级相关部门", "有关镇"…) cannot be a lead by position alone. */
export function isGroupName(name: string): boolean {
  return /^(?:各|有关|相关|县级|市级)|(?:各|相关|有关)[^、，,]*(?:部门|单位|机构)$/.test(name);
}

function withInferredLead(
  lead: string[],
  support: string[],
  deadlineText: string | null,
): ParsedAttribution {
  if (lead.length > 0) return { lead, support, leadInferred: false, deadlineText };
  const first = support.find((name) => !isGroupName(name));
  if (first === undefined) return { lead, support, leadInferred: false, deadlineText };
  return {
    lead: [first],
    support: support.filter((name) => name !== first),
    leadInferred: true,
    deadlineText,
  };
}

/** "牵头单位：X；配合单位：Y；完成时限：Z" (labels may lack their colon: "配合单位陕西水务集团…"). */
function parseLabelled(text: string): ParsedAttribution {
  const lead: string[] = [];
  const support: string[] = [];
  const deadlines: string[] = [];
  for (const segment of text.split(LABELLED_SEGMENT)) {
    const label = LABEL.exec(segment.trim());
    if (!label) continue;
    const value = segment.trim().slice(label[0].length).trim();
    if (label[1]?.startsWith('完成')) deadlines.push(value);
    else if (label[1]?.startsWith('牵头')) lead.push(...splitUnitNames(value));
    else support.push(...splitUnitNames(value));
  }
  return withInferredLead(lead, support, deadlineFrom(deadlines));
}

/**
 * "X牵头，Y负责，Z等部门及各镇按职责分工负责，7月底前完成". A clause without a verb ("各镇、各部门"
 * split by a comma) shares the role of the next clause that has one.
 */
function parseInline(text: string): ParsedAttribution {
  const lead: string[] = [];
  const responsible: string[] = [];
  const support: string[] = [];
  const deadlines: string[] = [];
  let pending: string[] = [];
  for (const clause of splitTopLevel(text, /[，,；;]/)) {
    const leadMatch = LEAD_CLAUSE.exec(clause);
    const supportMatch = SUPPORT_CLAUSE.exec(clause);
    if (DEADLINE_CLAUSE.test(clause)) {
      deadlines.push(clause);
    } else if (leadMatch) {
      lead.push(...pending, ...splitUnitNames(leadMatch[1] ?? ''));
      pending = [];
    } else if (supportMatch) {
      // "Y负责" (no 按职责分工) is a responsible unit: keep it ahead of the other support units.
      const target = /按照?职责|分工/.test(clause) ? support : responsible;
      target.push(...pending, ...splitUnitNames(supportMatch[1] ?? ''));
      pending = [];
    } else {
      pending.push(...splitUnitNames(clause));
    }
  }
  const allSupport = [...new Set([...responsible, ...support, ...pending])];
  return withInferredLead(
    [...new Set(lead)],
    allSupport.filter((name) => !lead.includes(name)),
    deadlineFrom(deadlines),
  );
}

/** Parses the bracketed attribution that ends a task. Names are raw, deduplicated, in printed order. */
export function parseAttribution(printed: string): ParsedAttribution {
  const text = cleanSpan(printed);
  return LABEL.test(text) ? parseLabelled(text) : parseInline(text);
}

const POST =
  '(?:县委常委|市委常委|常委|副?县长|副?市长|副?区长|副?书记|副?主任|秘书长|副?部长|副?局长|调研员|巡视员|主席|领导)';
const TITLE_AND_NAME = new RegExp(`^(.*${POST})(\\p{Script=Han}{2,4})$`, 'u');
const ONLY_POST = new RegExp(`${POST}$`, 'u');

/**
 * "县委常委、副县长闫秉云" → one leader titled "县委常委、副县长"; "副县长尹少平、副县长李婷" → two.
 * Post words without a name before a named leader belong to that leader's title.
 */
export function parseLeaderNames(text: string): Leader[] {
  const leaders: Leader[] = [];
  let titles: string[] = [];
  for (const part of splitTopLevel(cleanSpan(text), /[、，,]/)) {
    const match = TITLE_AND_NAME.exec(part);
    const name = match?.[2];
    if (match && name && !ONLY_POST.test(name)) {
      leaders.push({ name, title: [...titles, match[1] ?? ''].join('、') });
      titles = [];
    } else {
      titles.push(part);
    }
  }
  return leaders;
}

const LEADER_LABEL = /(包抓领导|指标长|责任领导|分管领导)[:：]/;
const DEPARTMENT_LABEL = /(总牵头部门|牵头部门|牵头单位)[:：]/;

/**
 * The clause of a group heading: "（包抓领导：副县长尹少平、副县长李婷，牵头部门：县住建局、县水利局）",
 * "(指标长:市政府分管领导,总牵头部门:市行政审批服务局)". Null when it names neither leader nor lead.
 */
export function parseLeaderClause(clause: string): ParsedLeaderClause | null {
  const text = cleanSpan(clause);
  const leaderLabel = LEADER_LABEL.exec(text);
  const departmentLabel = DEPARTMENT_LABEL.exec(text);
  if (!leaderLabel && !departmentLabel) return null;
  // Each value runs to the next label (or the end), less the separator before that label.
  const valueAfter = (label: RegExpExecArray | null): string | null => {
    if (!label) return null;
    const start = label.index + label[0].length;
    const next = [leaderLabel, departmentLabel]
      .filter((other): other is RegExpExecArray => other !== null && other.index > label.index)
      .map((other) => other.index);
    const end = next.length > 0 ? Math.min(...next) : text.length;
    return text
      .slice(start, end)
      .replace(/[、，,；;]+$/, '')
      .trim();
  };
  const leaderText = valueAfter(leaderLabel);
  return {
    leaders: leaderText ? parseLeaderNames(leaderText) : [],
    leaderText: leaderText || null,
    leadDepartments: splitUnitNames(valueAfter(departmentLabel) ?? ''),
    printed: clause,
  };
}

const ORDINAL = /^(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+[、.．])/;

/** A group heading "（一）简化企业开办（包抓领导：…，牵头部门：…）": its number, title and clause. */
export function parseGroupHeading(heading: string): ParsedGroupHeading {
  const text = collapseCjkSpaces(stripMarkup(heading)).trim();
  const ordinal = ORDINAL.exec(text)?.[0] ?? null;
  const rest = text.slice(ordinal?.length ?? 0).trim();
  const labelAt = rest.search(new RegExp(`${LEADER_LABEL.source}|${DEPARTMENT_LABEL.source}`));
  const openAt =
    labelAt < 0 ? -1 : Math.max(...[...OPEN].map((open) => rest.lastIndexOf(open, labelAt)));
  if (openAt < 0) return { ordinal, title: rest, clause: null };
  return {
    ordinal,
    title: rest.slice(0, openAt).trim(),
    clause: parseLeaderClause(rest.slice(openAt)),
  };
}
