import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type SeedCatalog,
  seedCatalogSchema,
  type SeedPlan,
  seedPlanSchema,
  type SeedTask,
} from '@bizenv/shared';
import { REPO_ROOT } from '../../src/config/config.variables.js';

/** The reviewed seed data the product ships with; tests derive their expectations from it. */
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

export interface Seeds {
  catalog: SeedCatalog;
  plans: SeedPlan[];
}

/** Reads the seed files directly (not through the API), as the expected side of comparisons. */
export function loadSeeds(dir = SEEDS_DIR): Seeds {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  const catalog = seedCatalogSchema.parse(read('catalog.json'));
  const plans = readdirSync(path.join(dir, 'plans'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => seedPlanSchema.parse(read(path.join('plans', name))));
  return { catalog, plans };
}

export function planByKey(seeds: Seeds, key: string): SeedPlan {
  const plan = seeds.plans.find((candidate) => candidate.key === key);
  if (!plan) throw new Error(`no seed plan ${key}`);
  return plan;
}

export function topLevelTasks(plan: SeedPlan): SeedTask[] {
  return plan.tasks.filter((task) => task.parentCode === null);
}

/** A copy of the seeds in a temporary folder, for tests that break a file on purpose. */
export async function copySeeds(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bizenv-seeds-'));
  await cp(SEEDS_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Rewrites one JSON file of a seeds folder through `change`. */
export async function editSeedFile<T>(
  dir: string,
  file: string,
  change: (json: T) => void,
): Promise<void> {
  const target = path.join(dir, file);
  const json = JSON.parse(await readFile(target, 'utf8')) as T;
  change(json);
  await writeFile(target, JSON.stringify(json, null, 2));
}
