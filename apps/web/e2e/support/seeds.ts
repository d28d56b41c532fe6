import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from './paths';

/** The parts of a seed plan file (see libs/shared seed-schema) the journeys read. */
export interface SeedPlanFile {
  key: string;
  jurisdictionCode: string;
  parentPlanKey: string | null;
  title: string;
  documentNumber: string | null;
  tasks: { code: string; parentCode: string | null; title: string; leadDepartments: string[] }[];
}

export interface SeedCatalogFile {
  jurisdictions: { code: string; name: string; parentCode: string | null }[];
}

export function readCatalog(): SeedCatalogFile {
  return JSON.parse(readFileSync(path.join(SEEDS_DIR, 'catalog.json'), 'utf8')) as SeedCatalogFile;
}

/** The main plan (not an annex) of a jurisdiction, read from seeds/plans/*.json. */
export function mainSeedPlan(jurisdictionCode: string): SeedPlanFile {
  const dir = path.join(SEEDS_DIR, 'plans');
  const plans = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as SeedPlanFile)
    .filter((plan) => plan.jurisdictionCode === jurisdictionCode && plan.parentPlanKey === null);
  const [plan, ...others] = plans;
  if (!plan || others.length > 0) {
    throw new Error(`Expected one main seed plan for ${jurisdictionCode}, found ${plans.length}`);
  }
  return plan;
}
