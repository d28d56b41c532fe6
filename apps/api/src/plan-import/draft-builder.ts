import { randomBytes } from 'node:crypto';
import {
  guessDepartmentKind,
  type NameCatalog,
  parsePlanDocument,
  type ParsedPlan,
  PlanParseError,
  type PlanImportDepartmentName,
  type PlanImportIssue,
  type PlanImportTaskReview,
  type PlanImportUnsureField,
  seedPlanSchema,
  type SeedPlan,
  type CreatePlanImportRequest,
} from '@bizenv/shared';
import { planImportNotAPlan } from './plan-import.errors.js';
import type { PlanSourceText } from './plan-source.js';

/** What a draft stores besides its source text (JSON in `plan_import_draft.content`). */
export interface DraftContent {
  sourceKind: PlanSourceText['kind'];
  encoding: string | null;
  convertedFromTraditional: boolean;
  plans: SeedPlan[];
  tasks: PlanImportTaskReview[];
  departments: PlanImportDepartmentName[];
  newLeaders: { name: string; title: string }[];
  issues: PlanImportIssue[];
}

export type ParseChoices = Pick<CreatePlanImportRequest, 'annexPlans' | 'annexTables'>;

/** A number next to a unit of measure: a quantitative target the parser might have missed. */
const TARGET_LIKE = /\d+(?:\.\d+)?\s*(?:%|％|个工作日|工作日|天|小时|项|个|家|件|户)/;

/**
 * Parses a document with the general parser against one jurisdiction's departments and leaders.
 * Unknown names are proposed as new; everything a reviewer should check is flagged.
 */
export function buildDraft(
  source: PlanSourceText,
  jurisdictionCode: string,
  catalog: NameCatalog,
  choices: ParseChoices,
): DraftContent {
  const parsed = parse(source.text, catalog, choices);
  if (parsed.every((plan) => plan.tasks.length === 0)) throw planImportNotAPlan();
  const mainKey = `${jurisdictionCode}-${parsed[0]!.header.year}-${randomBytes(4).toString('hex')}`;
  const keyOf = (plan: ParsedPlan) =>
    plan.annex === null ? mainKey : `${mainKey}-annex-${plan.annex.replace(/[^a-z0-9]/gi, '')}`;
  const plans = parsed.map((plan) =>
    seedPlanSchema.parse({
      key: keyOf(plan),
      jurisdictionCode,
      parentPlanKey: plan.annex === null ? null : mainKey,
      source: { file: source.fileName ?? '粘贴文本', annex: plan.annex },
      ...plan.header,
      phases: plan.phases,
      sections: plan.sections,
      indicatorAssignments: plan.indicatorAssignments,
      tasks: plan.tasks,
    }),
  );
  const departments = departmentNames(parsed);
  return {
    sourceKind: source.kind,
    encoding: source.encoding,
    convertedFromTraditional: source.convertedFromTraditional,
    plans,
    tasks: parsed.flatMap((plan) => taskReviews(plan, keyOf(plan), departments)),
    departments,
    newLeaders: uniqueBy(
      parsed.flatMap((plan) => plan.unknownLeaders),
      (leader) => leader.name,
    ),
    issues: parsed.flatMap((plan) =>
      [...plan.issues, ...plan.notes].map((issue) => ({ planKey: keyOf(plan), ...issue })),
    ),
  };
}

function parse(text: string, catalog: NameCatalog, choices: ParseChoices): ParsedPlan[] {
  try {
    return parsePlanDocument(text, {
      catalog,
      annexPlans: choices.annexPlans ?? [],
      annexTables: choices.annexTables ?? [],
      proposeUnknownNames: true,
    });
  } catch (error) {
    if (error instanceof PlanParseError) throw planImportNotAPlan();
    throw error;
  }
}

function departmentNames(parsed: ParsedPlan[]): PlanImportDepartmentName[] {
  const readings = uniqueBy(
    parsed.flatMap((plan) => plan.departmentReadings),
    (reading) => reading.name,
  );
  // Matched readings are only listed to be checked; the plans already use the catalog name.
  return readings.map(({ name, method, score }) => ({
    name,
    method,
    score,
    decision:
      method === 'unknown'
        ? { kind: 'new', departmentKind: guessDepartmentKind(name) }
        : { kind: 'existing' },
  }));
}

function taskReviews(
  plan: ParsedPlan,
  planKey: string,
  departments: PlanImportDepartmentName[],
): PlanImportTaskReview[] {
  const doubtful = new Set(
    departments.filter((d) => d.method === 'fuzzy' || d.method === 'unknown').map((d) => d.name),
  );
  const issueLines = new Set(plan.issues.map((issue) => issue.line));
  const starts = [...new Set(Object.values(plan.taskLines))].sort((a, b) => a - b);
  return plan.tasks.map((task) => {
    const start = plan.taskLines[task.code];
    const next = starts.find((line) => start !== undefined && line > start);
    const unsure: PlanImportUnsureField[] = [];
    if (task.leadDepartments.length === 0 || task.leadDepartments.some((n) => doubtful.has(n)))
      unsure.push('leadDepartments');
    if (task.supportDepartments.some((n) => doubtful.has(n))) unsure.push('supportDepartments');
    if (start !== undefined && issueLines.has(start)) unsure.push('deadline');
    if (task.targets.length === 0 && TARGET_LIKE.test(task.body)) unsure.push('targets');
    return {
      planKey,
      code: task.code,
      sourceLines:
        start === undefined ? null : { start, end: next === undefined ? start : next - 1 },
      unsure,
    };
  });
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}
