import {
  DeadlineParseError,
  findDeadlinePhrase,
  parseDeadline,
} from '../calendar/deadline-parser.js';
import type { Deadline, PlanPhase } from '../domain/deadline.js';
import type { IndicatorCode } from '../domain/indicators.js';
import type { PlanTask, TaskKind } from '../domain/plan.js';
import { parseAttribution } from './attribution.js';
import { innerAttributions, trailingAttribution } from './attribution-spans.js';
import type { BracketGroup } from './brackets.js';
import { matchIndicator } from './indicator-match.js';
import type { ParseIssue } from './issues.js';
import type { NameResolver } from './names.js';
import { firstSentence, splitSubItems } from './segments.js';
import { extractTargets } from './targets.js';

/** What a task's text is read with: the plan's year and phases, the catalog, where issues go. */
export interface TaskContext {
  planYear: number;
  phases: readonly PlanPhase[];
  names: NameResolver;
  issues: ParseIssue[];
}

/** Where an outline item sits in the plan. */
export interface TaskPlacement {
  code: string;
  kind: Extract<TaskKind, 'task' | 'key_reform'>;
  sectionCode: string | null;
  /** The indicator its group heading names, if any. */
  sectionIndicator: IndicatorCode | null;
  line: number;
}

/** A task as read, before its place in the plan's order is known. */
export type TaskDraft = Omit<PlanTask, 'order'>;

interface Units {
  lead: string[];
  support: string[];
}

/** Printed text of an item or a sub-item, split into its words and the attributions that are its own. */
interface Segment {
  /** The printed text without the attribution that ends it (when that one is its own). */
  body: string;
  /** The words that are the segment's own: an item's lead-in before its sub-items, else its body. */
  ownText: string;
  /** Its own attributions as printed, in document order. */
  attributions: string[];
}

const NO_UNITS: Units = { lead: [], support: [] };
const NO_DEADLINE: Deadline = { kind: 'none', printed: null };

/**
 * Reads an outline item (a numbered task or a key reform) and its sub-items.
 *
 * Rules:
 * - title: the first sentence; body: the printed text without the item's own trailing attribution.
 * - An attribution printed once after the last sub-item belongs to the whole item (the sub-items
 *   inherit its units and deadline); when earlier sub-items carry their own, the last one's is its
 *   own too, and the item's units are the union of its sub-items'.
 * - An attribution printed between two sentences ("…以内（牵头单位：县住建局；…）。整合…") stays in
 *   the body, and its units join the item's.
 * - Deadline: the deadline words of the last attribution that has some, else a "by" phrase in the
 *   item's own words ("年底前实现…", "6月底前对…"), else the parent's (for a sub-item), else none.
 *   A bare period ("2021年底全县…达到60%以上", "年内…") dates a target, not the task.
 * - Targets are read from the item's own words (the lead-in before its sub-items), each sub-item's
 *   from its own: every target appears once, on the most specific item that prints it.
 * - Indicator: the group heading's, else one named by the title, else (sub-item) the parent's.
 */
export function readItem(text: string, placement: TaskPlacement, ctx: TaskContext): TaskDraft[] {
  const { lead, subItems } = splitSubItems(text);
  const trailing = trailingAttribution(text);
  const earlierSubsOwnOne = subItems
    .slice(0, -1)
    .some((sub) => trailingAttribution(sub.text) !== null);
  const itemOwnsTrailing = trailing !== null && !earlierSubsOwnOne;

  const body = itemOwnsTrailing ? stripTail(text, trailing) : text.trim();
  const ownText = subItems.length === 0 ? body : lead;
  const item: Segment = {
    body,
    ownText,
    attributions: [
      ...printedInner(ownText),
      ...(itemOwnsTrailing ? [printed(text, trailing)] : []),
    ],
  };
  const subs = subItems.map((sub, i) => {
    const isLast = i === subItems.length - 1;
    return subSegment(
      isLast && itemOwnsTrailing ? stripTail(sub.text, trailingAttribution(sub.text)!) : sub.text,
    );
  });

  const title = firstSentence(ownText || body);
  const indicator = placement.sectionIndicator ?? matchIndicator(title);
  const itemUnits = unitsOf(item.attributions, placement.line, ctx);
  const itemDeadline = deadlineOf(item, NO_DEADLINE, placement.line, ctx);

  const children = subs.map((segment, i): TaskDraft => {
    const subTitle = firstSentence(segment.body);
    const own = segment.attributions.length > 0;
    return {
      code: `${placement.code}(${subItems[i]!.number})`,
      parentCode: placement.code,
      sectionCode: placement.sectionCode,
      kind: 'sub_item',
      title: subTitle,
      body: segment.body,
      indicator: placement.sectionIndicator ?? matchIndicator(subTitle) ?? indicator,
      ...unitFields(own ? unitsOf(segment.attributions, placement.line, ctx) : itemUnits),
      attribution: own ? segment.attributions.join('') : null,
      deadline: deadlineOf(segment, itemDeadline, placement.line, ctx),
      targets: targetsOf(segment.ownText, ctx),
    };
  });

  const units =
    item.attributions.length > 0 || children.length === 0
      ? itemUnits
      : mergeUnits(
          children.map((child) => ({
            lead: child.leadDepartments,
            support: child.supportDepartments,
          })),
        );
  return [
    {
      code: placement.code,
      parentCode: null,
      sectionCode: placement.sectionCode,
      kind: placement.kind,
      title,
      body,
      indicator,
      ...unitFields(units),
      attribution: item.attributions.length > 0 ? item.attributions.join('') : null,
      deadline: itemDeadline,
      targets: targetsOf(ownText, ctx),
    },
    ...children,
  ];
}

/** A sub-item's text: the attribution that ends it and those between its sentences are its own. */
function subSegment(text: string): Segment {
  const trailing = trailingAttribution(text);
  const body = trailing ? stripTail(text, trailing) : text.trim();
  return {
    body,
    ownText: body,
    attributions: [...printedInner(body), ...(trailing ? [printed(text, trailing)] : [])],
  };
}

function printed(text: string, group: BracketGroup): string {
  return text.slice(group.start, group.end);
}

function printedInner(text: string): string[] {
  return innerAttributions(text).map((group) => printed(text, group));
}

function stripTail(text: string, group: BracketGroup): string {
  return text.slice(0, group.start).trim();
}

function unitsOf(attributions: readonly string[], line: number, ctx: TaskContext): Units {
  if (attributions.length === 0) return NO_UNITS;
  return mergeUnits(
    attributions.map((attribution) => {
      const parsed = parseAttribution(attribution);
      return {
        lead: ctx.names.departments(parsed.lead, line),
        support: ctx.names.departments(parsed.support, line),
      };
    }),
  );
}

/** Union of several attributions' units; a unit that leads anywhere is not also listed as support. */
function mergeUnits(all: readonly Units[]): Units {
  const lead = [...new Set(all.flatMap((units) => units.lead))];
  const support = [...new Set(all.flatMap((units) => units.support))].filter(
    (name) => !lead.includes(name),
  );
  return { lead, support };
}

function unitFields(units: Units): Pick<PlanTask, 'leadDepartments' | 'supportDepartments'> {
  return { leadDepartments: units.lead, supportDepartments: units.support };
}

function deadlineOf(
  segment: Segment,
  inherited: Deadline,
  line: number,
  ctx: TaskContext,
): Deadline {
  const fromAttribution = segment.attributions
    .map((attribution) => parseAttribution(attribution).deadlineText)
    .filter((words) => words !== null)
    .at(-1);
  const words = fromAttribution ?? byPhrase(segment.ownText);
  if (words === null) return inherited;
  try {
    return parseDeadline(words, { planYear: ctx.planYear, phases: ctx.phases });
  } catch (error) {
    if (!(error instanceof DeadlineParseError)) throw error;
    ctx.issues.push({ line, message: error.message });
    return NO_DEADLINE;
  }
}

/** The first "by" deadline in running text ("年底前", "6月底前"); periods without "前" are skipped. */
function byPhrase(text: string): string | null {
  let rest = text;
  for (let phrase = findDeadlinePhrase(rest); phrase !== null; phrase = findDeadlinePhrase(rest)) {
    if (phrase.endsWith('前')) return phrase;
    rest = rest.slice(rest.indexOf(phrase) + phrase.length);
  }
  return null;
}

function targetsOf(text: string, ctx: TaskContext) {
  return extractTargets(text, { planYear: ctx.planYear });
}
