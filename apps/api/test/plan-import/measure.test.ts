import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSeedPlans,
  seedCatalogSchema,
  seedSourcesSchema,
  type SeedPlan,
} from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { readUploadedPlan } from '../../src/plan-import/plan-source.js';
import { SEEDS_DIR } from '../support/seeds.js';
import { buildDocx, encodeGb18030 } from './encodings.js';

/**
 * The issue's measure: the importer's reading of each seed document — as UTF-8, as GB18030 and
 * as a .docx — must yield the committed seed plans field for field.
 */
const readJson = (file: string) => JSON.parse(readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
const catalog = seedCatalogSchema.parse(readJson('catalog.json'));
const sources = seedSourcesSchema.parse(readJson('sources.json')).sources;

const committed = (key: string) => readJson(path.join('plans', `${key}.json`)) as SeedPlan;

describe.each(sources.map((source) => [source.file, source] as const))('%s', (file, source) => {
  const utf8 = readFileSync(path.join(SEEDS_DIR, 'source', file));
  const expectSeeds = (bytes: Buffer, uploadedName: string) => {
    const read = readUploadedPlan(uploadedName, bytes);
    const build = buildSeedPlans(source, read.text, catalog);
    expect(build.issues).toEqual([]);
    for (const plan of build.plans) expect(plan).toEqual(committed(plan.key));
    return read;
  };

  it('as UTF-8 text reproduces the seed plans', () => {
    expect(expectSeeds(utf8, file).encoding).toBe('utf-8');
  });

  it('as UTF-8 with a BOM and CRLF line ends reproduces the seed plans', () => {
    const crlf = Buffer.from(utf8.toString('utf8').replace(/\n/g, '\r\n'), 'utf8');
    expectSeeds(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), crlf]), file);
  });

  it('as GB18030 reproduces the seed plans, detected without being told', () => {
    const read = expectSeeds(encodeGb18030(utf8.toString('utf8')), file.replace('.txt', '.md'));
    expect(read.encoding).toBe('gb18030');
  });

  it('as a .docx reproduces the seed plans', async () => {
    const docx = await buildDocx(utf8.toString('utf8'));
    expect(expectSeeds(docx, file.replace('.txt', '.docx')).kind).toBe('docx');
  });
});
