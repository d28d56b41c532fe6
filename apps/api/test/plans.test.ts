import type { PlanDetailResponse, PlanSummaryResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { loadSeeds, topLevelTasks } from './support/seeds.js';
import { useSignedIn } from './support/auth.js';
import { countQueries, useRunningApp } from './support/test-app.js';

const seeds = loadSeeds();

describe('plans', () => {
  const context = useRunningApp();
  // Reads every jurisdiction: the province's office.
  const reader = useSignedIn(context, 'shaanxi.office');

  async function plansOf(code: string): Promise<PlanSummaryResponse[]> {
    const response = await reader.get<PlanSummaryResponse[]>(`/api/jurisdictions/${code}/plans`);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function planIdsByKey(): Promise<Map<string, number>> {
    const lists = await Promise.all(seeds.catalog.jurisdictions.map((j) => plansOf(j.code)));
    return new Map(lists.flat().map((plan) => [plan.key, plan.id]));
  }

  it('lists the plans of each jurisdiction with the task counts of its seed files', async () => {
    for (const jurisdiction of seeds.catalog.jurisdictions) {
      const expected = seeds.plans
        .filter((plan) => plan.jurisdictionCode === jurisdiction.code)
        .map((plan) => ({
          key: plan.key,
          title: plan.title,
          documentNumber: plan.documentNumber,
          issuedDate: plan.issuedDate,
          year: plan.year,
          taskCount: topLevelTasks(plan).length,
          itemCount: plan.tasks.length,
        }));

      const plans = await plansOf(jurisdiction.code);

      expect(
        plans.map(({ key, title, documentNumber, issuedDate, year, taskCount, itemCount }) => ({
          key,
          title,
          documentNumber,
          issuedDate,
          year,
          taskCount,
          itemCount,
        })),
      ).toEqual(expect.arrayContaining(expected));
      expect(plans).toHaveLength(expected.length);
    }
  });

  it('lists main plans before their annexes, and links annexes to them', async () => {
    const linyou = seeds.catalog.jurisdictions.find((j) => j.name === '麟游县')!;
    const plans = await plansOf(linyou.code);
    const ids = new Map(plans.map((plan) => [plan.key, plan.id]));

    for (const [index, plan] of plans.entries()) {
      const seed = seeds.plans.find((candidate) => candidate.key === plan.key)!;
      expect(plan.parentPlanId).toBe(
        seed.parentPlanKey === null ? null : ids.get(seed.parentPlanKey),
      );
      if (plan.parentPlanId !== null)
        expect(plans.findIndex((p) => p.id === plan.parentPlanId)).toBeLessThan(index);
    }
    expect(plans.filter((plan) => plan.parentPlanId !== null).length).toBeGreaterThan(0);
  });

  it('shows the detail of every plan as its seed file has it', async () => {
    const ids = await planIdsByKey();
    for (const seed of seeds.plans) {
      const response = await reader.get<PlanDetailResponse>(`/api/plans/${ids.get(seed.key)}`);

      expect(response.status).toBe(200);
      const plan = response.body;
      expect(plan.key).toBe(seed.key);
      expect(plan.jurisdictionName).toBe(
        seeds.catalog.jurisdictions.find((j) => j.code === seed.jurisdictionCode)!.name,
      );
      expect(plan.issuer).toBe(seed.issuer);
      expect(plan.phases).toEqual(seed.phases);
      expect(plan.sections).toEqual([...seed.sections].sort((a, b) => a.order - b.order));
      expect(
        plan.indicatorAssignments.map((a) => ({
          indicator: a.indicator,
          leadDepartments: a.leadDepartments.map((d) => d.name),
          leaders: a.leaders.map((l) => l.name),
          leaderText: a.leaderText,
        })),
      ).toEqual(
        seed.indicatorAssignments.map(({ indicator, leadDepartments, leaders, leaderText }) => ({
          indicator,
          leadDepartments,
          leaders,
          leaderText,
        })),
      );
      expect(plan.annexes.map((annex) => annex.key).sort()).toEqual(
        seeds.plans
          .filter((p) => p.parentPlanKey === seed.key)
          .map((p) => p.key)
          .sort(),
      );
    }
  });

  it('counts tasks with one aggregate query, not one query per plan', async () => {
    const queries: number[] = [];
    for (const jurisdiction of seeds.catalog.jurisdictions) {
      const url = `/api/jurisdictions/${jurisdiction.code}/plans`;
      queries.push(await countQueries(context.api.app, () => reader.get(url)));
    }

    // The same for a jurisdiction without plans as for one with four: the session lookup, the
    // existence check and one query.
    expect(new Set(queries)).toEqual(new Set([3]));
  });
});
