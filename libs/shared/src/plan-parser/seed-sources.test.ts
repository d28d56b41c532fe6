import { describe, expect, it } from 'vitest';
import type { SeedCatalog } from '../seeds/seed-schema.js';
import { buildSeedPlans, seedSourcesSchema } from './seed-sources.js';

const DOCUMENT = [
  '某政办发〔2021〕9号',
  '《某县工作方案》已经县政府同意，现印发给你们。',
  '某县人民政府办公室',
  '2021年7月16日',
  '某县工作方案',
  '一、工作任务',
  '1.推行电子发票。（县税务局牵头）',
  '附件：某县实施方案',
  '某县实施方案',
  '一、重点任务',
  '（一）梳理清单。（县气象局牵头）',
].join('\n');

const catalog: SeedCatalog = {
  jurisdictions: [
    {
      code: '610329',
      name: '某县',
      level: 'county',
      parentCode: null,
      departments: [{ name: '县税务局', kind: 'government', aliases: [] }],
      leaders: [],
    },
  ],
};

describe('seed sources', () => {
  const [source] = seedSourcesSchema.parse({
    sources: [
      {
        file: 'x.txt',
        jurisdictionCode: '610329',
        key: 'x-2021',
        annexPlans: [{ annex: '1', key: 'x-2021-annex' }],
      },
    ],
  }).sources;

  it('builds keyed, validated plans and names each issue by plan, file and line', () => {
    const build = buildSeedPlans(source!, DOCUMENT, catalog);
    expect(build.plans.map((p) => [p.key, p.parentPlanKey, p.source])).toEqual([
      ['x-2021', null, { file: 'x.txt', annex: null }],
      ['x-2021-annex', 'x-2021', { file: 'x.txt', annex: '1' }],
    ]);
    expect(Object.keys(build.plans[0]!)).toEqual([
      'key',
      'jurisdictionCode',
      'parentPlanKey',
      'source',
      'title',
      'issuer',
      'documentNumber',
      'issuedDate',
      'year',
      'phases',
      'sections',
      'indicatorAssignments',
      'tasks',
    ]);
    expect(build.issues).toEqual([
      'x-2021-annex (x.txt:11): unit "县气象局" is not in the catalog',
    ]);
  });

  it('fails for a jurisdiction the catalog does not have', () => {
    expect(() =>
      buildSeedPlans({ ...source!, jurisdictionCode: '610000' }, DOCUMENT, catalog),
    ).toThrow(/610000/);
  });

  it('rejects a manifest entry with an unknown field', () => {
    expect(() =>
      seedSourcesSchema.parse({
        sources: [{ file: 'x.txt', jurisdictionCode: '610329', key: 'x', plans: [] }],
      }),
    ).toThrow();
  });
});
