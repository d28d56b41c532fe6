/** Reading the seed sources from disk, shared by the generator and the test that reproduces its output. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSeedPlans,
  seedSourcesSchema,
  type SeedBuild,
} from '../src/plan-parser/seed-sources.js';
import { seedCatalogSchema, type SeedPlan } from '../src/seeds/seed-schema.js';

export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
export const PLANS_DIR = join(SEEDS_DIR, 'plans');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function buildAllSeedPlans(): SeedBuild {
  const sources = seedSourcesSchema.parse(readJson(join(SEEDS_DIR, 'sources.json')));
  const catalog = seedCatalogSchema.parse(readJson(join(SEEDS_DIR, 'catalog.json')));
  const builds = sources.sources.map((source) =>
    buildSeedPlans(source, readFileSync(join(SEEDS_DIR, 'source', source.file), 'utf8'), catalog),
  );
  return {
    plans: builds.flatMap((build) => build.plans),
    issues: builds.flatMap((build) => build.issues),
    notes: builds.flatMap((build) => build.notes),
  };
}

/** The file as committed: pretty JSON, two spaces, a final newline. */
export function seedFileText(plan: SeedPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
