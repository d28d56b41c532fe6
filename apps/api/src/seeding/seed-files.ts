import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type SeedCatalog, seedCatalogSchema, type SeedPlan, seedPlanSchema } from '@bizenv/shared';
import { SeedError } from './seed.errors.js';

/** One plan file, with the path it came from for error messages. */
export interface SeedPlanFile {
  file: string;
  plan: SeedPlan;
}

/** Everything under SEEDS_DIR: catalog.json and plans/*.json, each checked against its schema. */
export interface SeedBundle {
  catalog: SeedCatalog;
  plans: SeedPlanFile[];
}

interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Issues shown per file: enough to act on, short enough to read in a start-up log. */
const MAX_ISSUES = 5;

export async function readSeedBundle(seedsDir: string): Promise<SeedBundle> {
  const catalog = await readSeedFile(path.join(seedsDir, 'catalog.json'), seedCatalogSchema);
  const plansDir = path.join(seedsDir, 'plans');
  const names = (await listDirectory(plansDir)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new SeedError(`种子目录 ${plansDir} 中没有方案文件（*.json）`);
  const plans: SeedPlanFile[] = [];
  for (const name of names) {
    const file = path.join(plansDir, name);
    plans.push({ file, plan: await readSeedFile(file, seedPlanSchema) });
  }
  return { catalog, plans };
}

async function readSeedFile<T>(file: string, schema: Schema<T>): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedError(`无法读取种子文件 ${file}：${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`种子文件 ${file} 不是有效的 JSON：${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, MAX_ISSUES)
      .map((issue) => `${formatPath(issue.path)}：${issue.message}`);
    const more =
      result.error.issues.length > MAX_ISSUES
        ? `（另有 ${result.error.issues.length - MAX_ISSUES} 处）`
        : '';
    throw new SeedError(`种子文件 ${file} 不符合格式：${issues.join('；')}${more}`);
  }
  return result.data;
}

async function listDirectory(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    throw new SeedError(`无法读取种子目录 ${dir}：${(error as Error).message}`);
  }
}

/** ["tasks", 3, "leadDepartments", 0] → "tasks[3].leadDepartments[0]". */
function formatPath(segments: PropertyKey[]): string {
  if (segments.length === 0) return '(根)';
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
