import type { JurisdictionResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { buildJurisdictionTree, childJurisdictions, jurisdictionPath } from './jurisdiction-tree';

const j = (
  code: string,
  name: string,
  level: JurisdictionResponse['level'],
  parentCode: string | null,
): JurisdictionResponse => ({ code, name, level, parentCode, planCount: 0 });

const all = [
  j('610329', '麟游县', 'county', '610300'),
  j('610000', '陕西省', 'province', null),
  j('610222', '宜君县', 'county', '610200'),
  j('610300', '宝鸡市', 'city', '610000'),
  j('610326', '眉县', 'county', '610300'),
  j('610200', '铜川市', 'city', '610000'),
];

describe('buildJurisdictionTree', () => {
  it('nests counties under cities under the province, ordered by code', () => {
    const [province, ...others] = buildJurisdictionTree(all);
    expect(others).toEqual([]);
    expect(province?.name).toBe('陕西省');
    expect(province?.children.map((c) => c.name)).toEqual(['铜川市', '宝鸡市']);
    expect(province?.children[1]?.children.map((c) => c.name)).toEqual(['眉县', '麟游县']);
  });

  it('keeps a jurisdiction whose parent is missing as a root', () => {
    const roots = buildJurisdictionTree([j('610329', '麟游县', 'county', '610300')]);
    expect(roots.map((r) => r.code)).toEqual(['610329']);
  });
});

describe('jurisdictionPath', () => {
  it('lists the ancestors from the root down', () => {
    expect(jurisdictionPath(all, '610329').map((x) => x.name)).toEqual([
      '陕西省',
      '宝鸡市',
      '麟游县',
    ]);
  });

  it('is empty for an unknown code', () => {
    expect(jurisdictionPath(all, '999999')).toEqual([]);
  });
});

describe('childJurisdictions', () => {
  it('lists the direct children only', () => {
    expect(childJurisdictions(all, '610300').map((x) => x.name)).toEqual(['眉县', '麟游县']);
    expect(childJurisdictions(all, '610329')).toEqual([]);
  });
});
