/**
 * Prints what the plan importer finds in a document, to check its accuracy on a new county's plan:
 * `npm run import:report -- <file> [--jurisdiction 610329] [--annex-plan 2] [--annex-table 1:bundles]`.
 * With --jurisdiction, units are matched against that jurisdiction of seeds/catalog.json;
 * without, every unit is a proposed new one. Reads .docx, .txt and .md like the upload does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AnnexTableContent,
  type NameCatalog,
  PLAN_IMPORT_UNSURE_FIELDS,
  seedCatalogSchema,
} from '@bizenv/shared';
import { buildDraft } from '../apps/api/src/plan-import/draft-builder.js';
import { readUploadedPlan } from '../apps/api/src/plan-import/plan-source.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jurisdiction: { type: 'string' },
    'annex-plan': { type: 'string', multiple: true },
    'annex-table': { type: 'string', multiple: true },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'usage: npm run import:report -- <file> [--jurisdiction CODE] [--annex-plan N] [--annex-table N:bundles|indicator-assignments]',
  );
  process.exit(2);
}

function catalogFor(code: string | undefined): NameCatalog {
  if (!code) return { departments: [], leaders: [] };
  const catalogPath = path.join(import.meta.dirname, '..', 'seeds', 'catalog.json');
  const catalog = seedCatalogSchema.parse(JSON.parse(readFileSync(catalogPath, 'utf8')));
  const jurisdiction = catalog.jurisdictions.find((j) => j.code === code);
  if (!jurisdiction) throw new Error(`jurisdiction ${code} is not in seeds/catalog.json`);
  return jurisdiction;
}

const source = readUploadedPlan(path.basename(file), readFileSync(file));
const draft = buildDraft(source, values.jurisdiction ?? '000000', catalogFor(values.jurisdiction), {
  annexPlans: values['annex-plan'] ?? [],
  annexTables: (values['annex-table'] ?? []).map((spec) => {
    const [annex, content] = spec.split(':');
    return { annex: annex!, content: content as AnnexTableContent };
  }),
});

console.log(
  `${file}: ${source.kind}${source.encoding ? ` (${source.encoding})` : ''}` +
    (source.convertedFromTraditional ? ', traditional characters normalised' : ''),
);
for (const plan of draft.plans) {
  const tasks = plan.tasks;
  console.log(`\n${plan.title}  ${plan.documentNumber ?? ''} ${plan.issuedDate ?? ''}`);
  console.log(`  sections            ${plan.sections.length}`);
  console.log(`  tasks               ${tasks.length}`);
  console.log(`  with attribution    ${tasks.filter((t) => t.attribution !== null).length}`);
  console.log(`  with lead unit      ${tasks.filter((t) => t.leadDepartments.length > 0).length}`);
  console.log(`  with deadline       ${tasks.filter((t) => t.deadline.kind !== 'none').length}`);
  console.log(`  targets             ${tasks.reduce((sum, t) => sum + t.targets.length, 0)}`);
  console.log(`  indicator leaders   ${plan.indicatorAssignments.length}`);
  const reviews = draft.tasks.filter((review) => review.planKey === plan.key);
  for (const field of PLAN_IMPORT_UNSURE_FIELDS) {
    const codes = reviews.filter((r) => r.unsure.includes(field)).map((r) => r.code);
    console.log(
      `  unsure ${field.padEnd(19)}${codes.length}${codes.length ? `  (${codes.slice(0, 12).join(', ')}${codes.length > 12 ? ', …' : ''})` : ''}`,
    );
  }
}
const byMethod = (method: string) => draft.departments.filter((d) => d.method === method);
console.log(
  `\nunits matched fuzzily: ${
    byMethod('fuzzy')
      .map((d) => `${d.name} (${d.score.toFixed(2)})`)
      .join('、') || '—'
  }`,
);
console.log(
  `units proposed as new: ${
    byMethod('unknown')
      .map((d) => d.name)
      .join('、') || '—'
  }`,
);
console.log(
  `leaders proposed as new: ${draft.newLeaders.map((l) => l.title + l.name).join('、') || '—'}`,
);
if (draft.issues.length > 0) {
  console.log(`\nissues and notes (${draft.issues.length}):`);
  for (const issue of draft.issues) console.log(`  line ${issue.line ?? '—'}: ${issue.message}`);
}
