import type { DepartmentResponse, JurisdictionResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from './support/seeds.js';
import { useSignedIn } from './support/auth.js';
import { useRunningApp } from './support/test-app.js';

const seeds = loadSeeds();

describe('jurisdictions', () => {
  const context = useRunningApp();
  // Reads every jurisdiction: the province's office.
  const reader = useSignedIn(context, 'shaanxi.office');

  it('lists every jurisdiction of the catalog with its plan count', async () => {
    const response = await reader.get<JurisdictionResponse[]>('/api/jurisdictions');

    expect(response.status).toBe(200);
    const expected = seeds.catalog.jurisdictions
      .map((j) => ({
        code: j.code,
        name: j.name,
        level: j.level,
        parentCode: j.parentCode,
        planCount: seeds.plans.filter((plan) => plan.jurisdictionCode === j.code).length,
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(response.body).toEqual(expected);
  });

  it('forms the province > city > county tree of the seeds', async () => {
    const { body } = await reader.get<JurisdictionResponse[]>('/api/jurisdictions');
    const byName = new Map(body.map((j) => [j.name, j]));
    const parentName = (name: string) =>
      body.find((j) => j.code === byName.get(name)?.parentCode)?.name;

    expect(parentName('麟游县')).toBe('宝鸡市');
    expect(parentName('眉县')).toBe('宝鸡市');
    expect(parentName('宜君县')).toBe('铜川市');
    expect(parentName('宝鸡市')).toBe('陕西省');
    expect(byName.get('陕西省')?.parentCode).toBeNull();
    // Parents are listed before their children.
    body.forEach((j, index) => {
      if (j.parentCode !== null)
        expect(body.findIndex((p) => p.code === j.parentCode)).toBeLessThan(index);
    });
  });

  it('shows one jurisdiction', async () => {
    const { body: list } = await reader.get<JurisdictionResponse[]>('/api/jurisdictions');
    const linyou = list.find((j) => j.name === '麟游县')!;

    const response = await reader.get<JurisdictionResponse>(`/api/jurisdictions/${linyou.code}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual(linyou);
  });

  it('lists the departments of a jurisdiction in catalog order', async () => {
    for (const jurisdiction of seeds.catalog.jurisdictions) {
      const response = await reader.get<DepartmentResponse[]>(
        `/api/jurisdictions/${jurisdiction.code}/departments`,
      );

      expect(response.status).toBe(200);
      expect(response.body.map(({ name, kind }) => ({ name, kind }))).toEqual(
        jurisdiction.departments.map(({ name, kind }) => ({ name, kind })),
      );
    }
  });
});
