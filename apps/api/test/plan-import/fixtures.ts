import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../src/config/app-config.js';
import { ENTITIES } from '../../src/database/entities.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import type { SignedInClient } from '../support/auth.js';
import { copySeeds, SEEDS_DIR } from '../support/seeds.js';
import type { RunningApp } from '../support/test-app.js';

export const YIJUN = '610222';
export const MEIXIAN = '610326';
export const YIJUN_SOURCE = readFileSync(
  path.join(SEEDS_DIR, 'source', 'yijun-2021-action-plan.txt'),
  'utf8',
);
export const YIJUN_CHOICES = {
  annexTables: [{ annex: '1', content: 'indicator-assignments' }],
};

/**
 * App overrides for a database seeded without 宜君's plan, so the test can import it: the
 * seeds are copied before the app starts (hooks run in registration order).
 */
export function seedsWithoutYijunPlan(): Partial<AppConfig> {
  const overrides: Partial<AppConfig> = {};
  let remove: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const copy = await copySeeds();
    remove = copy.remove;
    await rm(path.join(copy.dir, 'plans', 'yijun-2021.json'));
    overrides.seedsDir = copy.dir;
  });
  afterAll(async () => remove?.());
  return overrides;
}

/** Rows per table, to prove a refused request wrote nothing. */
export async function rowCounts(api: RunningApp): Promise<Record<string, number>> {
  const dataSource = api.app.get(DataSource);
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES)
    counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

/** Uploads `bytes` as multipart field `file`. */
export async function upload(
  client: SignedInClient,
  baseUrl: string,
  jurisdictionCode: string,
  fileName: string,
  bytes: Uint8Array,
  query = '',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  const response = await fetch(
    `${baseUrl}/api/jurisdictions/${jurisdictionCode}/plan-imports${query}`,
    {
      method: 'POST',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
      body: form,
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
