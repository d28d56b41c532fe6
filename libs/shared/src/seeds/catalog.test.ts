import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDepartmentMatcher, normaliseUnitName } from '../plan-parser/departments.js';
import { seedCatalogSchema } from './seed-schema.js';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../../seeds/catalog.json', import.meta.url), 'utf8'),
);
const catalog = seedCatalogSchema.parse(raw);
const byCode = new Map(
  catalog.jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction]),
);

describe('seeds/catalog.json', () => {
  it('holds the seeds’ jurisdictions in their hierarchy', () => {
    const hierarchy = catalog.jurisdictions.map(({ code, name, level, parentCode }) => [
      code,
      name,
      level,
      parentCode,
    ]);
    expect(hierarchy).toEqual(
      expect.arrayContaining([
        ['610000', '陕西省', 'province', null],
        ['610300', '宝鸡市', 'city', '610000'],
        ['610329', '麟游县', 'county', '610300'],
        ['610326', '眉县', 'county', '610300'],
        ['610200', '铜川市', 'city', '610000'],
        ['610222', '宜君县', 'county', '610200'],
      ]),
    );
    expect(byCode.size).toBe(catalog.jurisdictions.length);
  });

  it('puts every jurisdiction one level under its parent', () => {
    const parentLevel = { province: null, city: 'province', county: 'city' } as const;
    for (const jurisdiction of catalog.jurisdictions) {
      const parent = jurisdiction.parentCode === null ? null : byCode.get(jurisdiction.parentCode);
      expect(parent?.level ?? null, jurisdiction.name).toBe(parentLevel[jurisdiction.level]);
    }
  });

  it.each(catalog.jurisdictions.map((jurisdiction) => [jurisdiction.name, jurisdiction] as const))(
    '%s: every printed form names one department only',
    (_, jurisdiction) => {
      const printed = jurisdiction.departments.flatMap((department) => [
        department.name,
        ...department.aliases,
      ]);
      expect(new Set(printed).size).toBe(printed.length);

      // Distinct departments must not meet after normalisation either, or the matcher could not tell them apart.
      const owners = new Map<string, string>();
      for (const department of jurisdiction.departments) {
        for (const form of [department.name, ...department.aliases]) {
          const owner = owners.get(normaliseUnitName(form)) ?? department.name;
          expect(owner, form).toBe(department.name);
          owners.set(normaliseUnitName(form), department.name);
        }
      }

      const matcher = createDepartmentMatcher(jurisdiction.departments);
      for (const department of jurisdiction.departments) {
        for (const form of [department.name, ...department.aliases]) {
          expect(matcher.match(form)?.department, form).toBe(department);
        }
      }
    },
  );

  it('names 麟游’s responsible leaders with their printed titles', () => {
    expect(byCode.get('610329')?.leaders).toEqual([
      { name: '闫秉云', title: '县委常委、副县长' },
      { name: '尹少平', title: '副县长' },
      { name: '李婷', title: '副县长' },
      { name: '党向东', title: '副县长' },
    ]);
  });

  it('keeps the units of the city plan under 宝鸡市', () => {
    const baoji = byCode.get('610300')?.departments ?? [];
    expect(baoji).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '市行政审批服务局', kind: 'government' }),
        expect.objectContaining({ name: '国网宝鸡供电公司', kind: 'enterprise' }),
        expect.objectContaining({ name: '各县区', kind: 'group' }),
        expect.objectContaining({ name: '市中级人民法院', kind: 'judicial' }),
      ]),
    );
  });
});
