/**
 * Regenerates `seeds/plans/<key>.json` from `seeds/sources.json`, `seeds/source/*.txt` and
 * `seeds/catalog.json`. Run from the repository root: `npm run seeds:generate`.
 * Refuses to write anything while a plan has issues (an unknown unit or leader, an unreadable
 * deadline): fix the catalog or the parser, never the generated files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAllSeedPlans, PLANS_DIR, seedFileText } from './seed-files.js';

const { plans, issues, notes } = buildAllSeedPlans();
for (const note of notes) console.warn(`note: ${note}`);
if (issues.length > 0) {
  for (const issue of issues) console.error(`error: ${issue}`);
  console.error(`\n${issues.length} issue(s): no seed file was written.`);
  process.exit(1);
}

mkdirSync(PLANS_DIR, { recursive: true });
const written = new Set(plans.map((plan) => `${plan.key}.json`));
for (const stale of readdirSync(PLANS_DIR).filter(
  (file) => file.endsWith('.json') && !written.has(file),
)) {
  rmSync(join(PLANS_DIR, stale));
  console.log(`removed ${stale}`);
}
for (const plan of plans) {
  writeFileSync(join(PLANS_DIR, `${plan.key}.json`), seedFileText(plan));
  console.log(`wrote ${plan.key}.json: ${plan.tasks.length} tasks`);
}
