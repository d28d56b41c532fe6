import { z } from 'zod';
import { seedPlanSchema, type SeedCatalog, type SeedPlan } from '../seeds/seed-schema.js';
import type { ParseIssue } from './issues.js';
import { parsePlanDocument, type ParsedPlan } from './parse-plan.js';

/**
 * The manifest `seeds/sources.json`: which source document is which jurisdiction's plan, the key
 * of each plan it yields, which annexes are plans of their own and which annex tables belong to
 * the main plan. Everything document-specific lives here, none of it in the parser.
 */
const planKey = z.string().regex(/^[a-z0-9-]+$/);

export const seedSourceSchema = z.strictObject({
  /** File name under `seeds/source/`. */
  file: z.string().min(1),
  jurisdictionCode: z.string().regex(/^\d{6}$/),
  /** Key of the main plan. */
  key: planKey,
  annexPlans: z.array(z.strictObject({ annex: z.string().min(1), key: planKey })).default([]),
  annexTables: z
    .array(
      z.strictObject({
        annex: z.string().min(1),
        content: z.enum(['bundles', 'indicator-assignments']),
      }),
    )
    .default([]),
  /** For the reviewer: what the manifest leaves out and why. */
  comment: z.string().optional(),
});

export const seedSourcesSchema = z.strictObject({ sources: z.array(seedSourceSchema) });

export type SeedSource = z.infer<typeof seedSourceSchema>;

export interface SeedBuild {
  plans: SeedPlan[];
  /** Issues of every plan, prefixed with the plan key: a seed is only written when there are none. */
  issues: string[];
  notes: string[];
}

/** Parses one source document into validated seed plans, in manifest order. */
export function buildSeedPlans(source: SeedSource, text: string, catalog: SeedCatalog): SeedBuild {
  const jurisdiction = catalog.jurisdictions.find((j) => j.code === source.jurisdictionCode);
  if (!jurisdiction)
    throw new Error(
      `${source.file}: jurisdiction ${source.jurisdictionCode} is not in the catalog`,
    );
  const parsed = parsePlanDocument(text, {
    catalog: jurisdiction,
    annexPlans: source.annexPlans.map((annex) => annex.annex),
    annexTables: source.annexTables,
  });
  const keyOf = (plan: ParsedPlan) =>
    plan.annex === null
      ? source.key
      : source.annexPlans.find((annex) => annex.annex === plan.annex)!.key;
  const describe = (plan: ParsedPlan, list: ParseIssue[]) =>
    list.map(
      (issue) =>
        `${keyOf(plan)} (${source.file}${issue.line === null ? '' : `:${issue.line}`}): ${issue.message}`,
    );
  return {
    plans: parsed.map((plan) => toSeedPlan(plan, keyOf(plan), source)),
    issues: parsed.flatMap((plan) => describe(plan, plan.issues)),
    notes: parsed.flatMap((plan) => describe(plan, plan.notes)),
  };
}

/** Validation also fixes the key order of the written file: the schema's order. */
function toSeedPlan(plan: ParsedPlan, key: string, source: SeedSource): SeedPlan {
  return seedPlanSchema.parse({
    key,
    jurisdictionCode: source.jurisdictionCode,
    parentPlanKey: plan.annex === null ? null : source.key,
    source: { file: source.file, annex: plan.annex },
    ...plan.header,
    phases: plan.phases,
    sections: plan.sections,
    indicatorAssignments: plan.indicatorAssignments,
    tasks: plan.tasks,
  });
}
