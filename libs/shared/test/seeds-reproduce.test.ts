import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllSeedPlans, PLANS_DIR, readJson, seedFileText } from '../scripts/seed-files.js';

/**
 * The files in seeds/plans are generated (`npm run seeds:generate`) and reviewed, never edited:
 * the parser must still produce them byte for byte from the sources, manifest and catalog.
 */
const build = buildAllSeedPlans();

describe('committed seed plans', () => {
  it('are generated without issues', () => {
    expect(build.issues).toEqual([]);
  });

  it('are exactly the plans the manifest yields', () => {
    const committed = readdirSync(PLANS_DIR)
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(committed).toEqual(build.plans.map((plan) => `${plan.key}.json`).sort());
  });

  it.each(build.plans.map((plan) => [plan.key, plan] as const))(
    '%s is reproduced by the parser',
    (key, plan) => {
      const file = join(PLANS_DIR, `${key}.json`);
      expect(plan).toEqual(readJson(file));
      expect(readFileSync(file, 'utf8')).toBe(seedFileText(plan));
    },
  );
});
