import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanImportDraftResponse, SeedPlan } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { loadSeeds, SEEDS_DIR } from '../support/seeds.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { buildDocx } from './encodings.js';
import { MEIXIAN, upload } from './fixtures.js';

const seeds = loadSeeds().plans;
const source = (file: string) => readFileSync(path.join(SEEDS_DIR, 'source', file), 'utf8');
/** A draft's plan is the seed plan but for the key and source, which the draft decides. */
const asSeed = (plan: SeedPlan, seed: SeedPlan) => ({
  ...plan,
  key: seed.key,
  parentPlanKey: seed.parentPlanKey,
  source: seed.source,
});

describe(`uploads with annex choices on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const meixian = useSignedIn(context, 'meixian.office');
  const linyou = useSignedIn(context, 'linyou.office');

  it('reads a .docx with its annex table of bundles into the seed plan', async () => {
    const docx = await buildDocx(source('meixian-2024-one-thing.txt'));
    const result = await upload(
      meixian,
      context.api.baseUrl,
      MEIXIAN,
      'meixian.docx',
      docx,
      '?annexTables=1:bundles',
    );
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const draft = result.body as unknown as PlanImportDraftResponse;
    const seed = seeds.find((plan) => plan.key === 'meixian-2024')!;
    expect(asSeed(draft.plans[0]!, seed)).toEqual(seed);
    expect(draft.departments.filter((d) => d.method === 'unknown')).toEqual([]);
  });

  it('reads annexes that are plans of their own', async () => {
    const result = await upload(
      linyou,
      context.api.baseUrl,
      '610329',
      'linyou.txt',
      Buffer.from(source('linyou-2021-plan.txt')),
      '?annexPlans=2,3,4',
    );
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const draft = result.body as unknown as PlanImportDraftResponse;
    const keys = [
      'linyou-2021',
      'linyou-2021-one-network-services',
      'linyou-2021-one-network-supervision',
      'linyou-2021-social-credit',
    ];
    expect(
      draft.plans.map((plan, i) =>
        asSeed(
          plan,
          seeds.find((s) => s.key === keys[i])!,
        ),
      ),
    ).toEqual(keys.map((key) => seeds.find((s) => s.key === key)));
    expect(draft.plans[1]!.parentPlanKey).toBe(draft.plans[0]!.key);
  });

  it('refuses malformed choices', async () => {
    const result = await upload(
      meixian,
      context.api.baseUrl,
      MEIXIAN,
      'x.txt',
      Buffer.from('x'),
      '?annexTables=1:pictures',
    );
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('VALIDATION_FAILED');
  });
});
