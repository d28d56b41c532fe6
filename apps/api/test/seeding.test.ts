import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SeedPlan, TaskKind } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditChainEntity } from '../src/audit/audit-chain.entity.js';
import { initializeDatabase } from '../src/database/database-initializer.js';
import { ENTITIES } from '../src/database/entities.js';
import { SeedingService } from '../src/seeding/seeding.service.js';
import { copySeeds, editSeedFile, loadSeeds } from './support/seeds.js';
import { startApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const seeds = loadSeeds();

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // audit_chain's one row (the chain head) comes with migration 1764500000000, not with seeding.
  for (const entity of ENTITIES.filter((entity) => entity !== AuditChainEntity))
    counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

/** Starts the app on a fresh database with an edited copy of the seeds; returns the start-up error. */
async function startupError(edit: (seedsDir: string) => Promise<void>): Promise<Error | null> {
  const copy = await copySeeds();
  const database = await createTestDatabase();
  try {
    await edit(copy.dir);
    const api = await startApp(database.config, { seedsDir: copy.dir });
    await api.close();
    return null;
  } catch (error) {
    return error as Error;
  } finally {
    await copy.remove();
    await database.drop();
  }
}

const editLinyou = (change: (plan: SeedPlan) => void) => (dir: string) =>
  editSeedFile(dir, 'plans/linyou-2021.json', change);

describe('seeding', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('loads the seeds on first start and leaves them alone on the next starts', async () => {
    const first = await startApp(database.config);
    const afterFirst = await rowCounts(first.app.get(DataSource));
    await first.close();

    const second = await startApp(database.config);
    const afterSecond = await rowCounts(second.app.get(DataSource));
    const again = await second.app.get(SeedingService).seedIfEmpty();
    await second.close();

    const sum = (count: (plan: (typeof seeds.plans)[number]) => number) =>
      seeds.plans.reduce((total, plan) => total + count(plan), 0);
    expect(afterFirst.JurisdictionEntity).toBe(seeds.catalog.jurisdictions.length);
    expect(afterFirst.PlanEntity).toBe(seeds.plans.length);
    expect(afterFirst.TaskEntity).toBe(sum((plan) => plan.tasks.length));
    expect(afterFirst.TargetEntity).toBe(
      sum((plan) => plan.tasks.reduce((n, task) => n + task.targets.length, 0)),
    );
    expect(afterFirst.IndicatorAssignmentEntity).toBe(
      sum((plan) => plan.indicatorAssignments.length),
    );
    expect(afterSecond).toEqual(afterFirst);
    expect(again).toBeNull();
  });
});

describe('bad seed files refuse start-up', () => {
  it('names the file and the schema issue', async () => {
    const error = await startupError(
      editLinyou((plan) => (plan.tasks[0]!.kind = 'bogus' as TaskKind)),
    );

    expect(error?.message).toContain(`plans${path.sep}linyou-2021.json`);
    expect(error?.message).toContain('tasks[0].kind');
  });

  it('refuses a file that is not JSON', async () => {
    const error = await startupError((dir) =>
      writeFile(path.join(dir, 'plans', 'linyou-2021.json'), '{ "key": '),
    );

    expect(error?.message).toMatch(/linyou-2021\.json 不是有效的 JSON/);
  });

  it('refuses a department name that is not in the catalog', async () => {
    const error = await startupError(
      editLinyou((plan) => (plan.tasks[0]!.leadDepartments = ['县不存在局'])),
    );

    expect(error?.message).toMatch(
      /linyou-2021\.json tasks\[0\].*\.leadDepartments\[0\]：未知部门 "县不存在局"/,
    );
  });

  it('refuses an alias where the canonical name is required', async () => {
    const linyou = seeds.catalog.jurisdictions.find((j) => j.name === '麟游县')!;
    const aliased = linyou.departments.find((d) => d.aliases.length > 0)!;

    const error = await startupError(
      editLinyou((plan) => (plan.tasks[0]!.supportDepartments = [aliased.aliases[0]!])),
    );

    expect(error?.message).toContain(`"${aliased.aliases[0]}" 是 "${aliased.name}" 的别名`);
  });

  it('refuses an unknown leader', async () => {
    const error = await startupError(
      editLinyou((plan) => (plan.indicatorAssignments[0]!.leaders = ['无此人'])),
    );

    expect(error?.message).toMatch(/indicatorAssignments\[0\]\.leaders\[0\]：未知领导 "无此人"/);
  });
});

describe('seeding is one transaction', () => {
  const SABOTAGE = {
    sqlite: [
      `CREATE TRIGGER "sabotage" BEFORE INSERT ON "target" BEGIN SELECT RAISE(ABORT, 'sabotage'); END`,
    ],
    postgres: [
      `CREATE FUNCTION sabotage() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'sabotage'; END $$`,
      `CREATE TRIGGER sabotage BEFORE INSERT ON "target" FOR EACH ROW EXECUTE FUNCTION sabotage()`,
    ],
  };

  it('leaves the database empty when an insert fails half-way', async () => {
    const database = await createTestDatabase();
    try {
      // Targets are inserted last: make that fail after everything else went in.
      const setup = await initializeDatabase(database.config);
      for (const statement of SABOTAGE[database.config.kind]) await setup.query(statement);
      await setup.destroy();

      await expect(startApp(database.config)).rejects.toThrow(/sabotage/);

      const check = await initializeDatabase(database.config);
      const counts = await rowCounts(check);
      await check.destroy();
      expect(
        Object.values(counts).every((count) => count === 0),
        JSON.stringify(counts),
      ).toBe(true);
    } finally {
      await database.drop();
    }
  });
});
