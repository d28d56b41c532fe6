import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS_DIR, readJson, SEEDS_DIR } from '../scripts/seed-files.js';
import {
  seedCatalogSchema,
  seedPlanSchema,
  type SeedPlan,
  type SeedTask,
} from '../src/seeds/seed-schema.js';

/** What the four source documents print, checked on the committed seed files. */
const plans = new Map<string, SeedPlan>(
  readdirSync(PLANS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const plan = seedPlanSchema.parse(readJson(join(PLANS_DIR, file)));
      return [plan.key, plan];
    }),
);
const catalog = seedCatalogSchema.parse(readJson(join(SEEDS_DIR, 'catalog.json')));

function plan(key: string): SeedPlan {
  const found = plans.get(key);
  if (!found) throw new Error(`no seed plan ${key}`);
  return found;
}

function ofKind(key: string, kind: SeedTask['kind']): SeedTask[] {
  return plan(key).tasks.filter((task) => task.kind === kind);
}

function task(key: string, code: string): SeedTask {
  const found = plan(key).tasks.find((t) => t.code === code);
  if (!found) throw new Error(`${key} has no task ${code}`);
  return found;
}

/** The targets of a task and of its sub-items, as "metric comparator value unit". */
function targetsUnder(key: string, code: string): string[] {
  return plan(key)
    .tasks.filter((t) => t.code === code || t.parentCode === code)
    .flatMap((t) =>
      t.targets.map((target) => `${target.comparator} ${target.value} ${target.unit}`),
    );
}

const CHINESE_1_TO_7 = ['一', '二', '三', '四', '五', '六', '七'];
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('麟游县 2021', () => {
  it('has the numbered tasks 1–91 and the seven key reforms', () => {
    expect(ofKind('linyou-2021', 'task').map((t) => t.code)).toEqual(range(91).map(String));
    expect(ofKind('linyou-2021', 'key_reform').map((t) => t.code)).toEqual(
      CHINESE_1_TO_7.map((n) => `重点改革(${n})`),
    );
  });

  it('reads key reform (一) as three approval-time targets', () => {
    expect(targetsUnder('linyou-2021', '重点改革(一)')).toEqual([
      'lte 90 工作日',
      'lte 50 工作日',
      'lte 15 工作日',
    ]);
  });

  it('reads the 好差评 rates of task 63 as three targets', () => {
    expect(targetsUnder('linyou-2021', '63')).toEqual(['gte 95 %', 'gte 98 %', 'eq 100 %']);
  });

  it('keeps sub-items as children and the leaders of each indicator', () => {
    expect(
      plan('linyou-2021')
        .tasks.filter((t) => t.parentCode === '1')
        .map((t) => t.code),
    ).toEqual(['1(1)', '1(2)', '1(3)']);
    expect(plan('linyou-2021').indicatorAssignments).toHaveLength(18);
    expect(task('linyou-2021', '37(2)').deadline).toMatchObject({
      kind: 'date',
      date: '2021-06-30',
    });
  });

  it('seeds three annex plans with their tasks, units and deadlines', () => {
    const annexes = [...plans.values()].filter((p) => p.parentPlanKey === 'linyou-2021');
    expect(annexes.map((p) => [p.source.annex, p.tasks.length])).toEqual([
      ['2', 4],
      ['3', 6],
      ['4', 5],
    ]);
    const first = task('linyou-2021-one-network-services', '(一)');
    expect(first.leadDepartments).toEqual(['县行政审批服务局']);
    expect(first.deadline).toEqual({ kind: 'date', date: '2021-08-31', printed: '8月底前完成' });
    expect(annexes.every((p) => p.tasks.every((t) => t.leadDepartments.length > 0))).toBe(true);
  });
});

describe('宝鸡市 2022', () => {
  it('has the measures 1–100 and the seven key reforms', () => {
    expect(ofKind('baoji-2022', 'task').map((t) => t.code)).toEqual(range(100).map(String));
    expect(ofKind('baoji-2022', 'key_reform')).toHaveLength(7);
  });

  it('reads key reform (一) as 95/60/15 working days', () => {
    expect(targetsUnder('baoji-2022', '重点改革(一)')).toEqual([
      'lte 95 工作日',
      'lte 60 工作日',
      'lte 15 工作日',
    ]);
  });
});

describe('眉县 2024', () => {
  it('has 20 tasks and 13 一件事 bundles, each led by its ★ department', () => {
    expect(ofKind('meixian-2024', 'task').map((t) => t.code)).toEqual(range(20).map(String));
    const bundles = ofKind('meixian-2024', 'bundle');
    expect(bundles.map((b) => b.code)).toEqual(range(13).map((n) => `一件事${n}`));
    for (const bundle of bundles) {
      expect(bundle.leadDepartments).toHaveLength(1);
      const items = plan('meixian-2024').tasks.filter((t) => t.parentCode === bundle.code);
      expect(items.length).toBeGreaterThan(0);
      expect(
        items.every((item) => item.kind === 'bundle_item' && item.leadDepartments.length > 0),
      ).toBe(true);
    }
    expect(task('meixian-2024', '一件事2').leadDepartments).toEqual(['县交通局']);
    expect(task('meixian-2024', '1').deadline).toMatchObject({
      kind: 'milestone',
      date: '2024-10-31',
    });
  });
});

describe('宜君县 2021', () => {
  it('has 24 tasks in four groups, numbered per group', () => {
    const tasks = ofKind('yijun-2021', 'task');
    expect(tasks).toHaveLength(24);
    const perGroup = ['一', '二', '三', '四'].map(
      (group) => tasks.filter((t) => t.code.startsWith(`${group}.`)).length,
    );
    expect(perGroup).toEqual([6, 10, 4, 4]);
    expect(new Set(tasks.map((t) => t.sectionCode)).size).toBe(4);
  });

  it('reads task 一.2 as 90/60 working days and its table as indicator assignments', () => {
    expect(targetsUnder('yijun-2021', '一.2').slice(0, 2)).toEqual([
      'lte 90 工作日',
      'lte 60 工作日',
    ]);
    expect(plan('yijun-2021').indicatorAssignments.length).toBeGreaterThanOrEqual(24);
    expect(plan('yijun-2021').phases.map((p) => p.name)).toEqual([
      '工作部署阶段',
      '全面攻坚阶段',
      '优化提升阶段',
      '总结经验阶段',
    ]);
  });
});

describe('every seed plan', () => {
  it.each([...plans.keys()])('%s names only catalog departments and leaders', (key) => {
    const seed = plan(key);
    const jurisdiction = catalog.jurisdictions.find((j) => j.code === seed.jurisdictionCode);
    const departments = new Set(jurisdiction?.departments.map((d) => d.name));
    const leaders = new Set(jurisdiction?.leaders.map((l) => l.name));
    const named = [
      ...seed.tasks.flatMap((t) => [...t.leadDepartments, ...t.supportDepartments]),
      ...seed.indicatorAssignments.flatMap((a) => a.leadDepartments),
    ];
    expect(named.filter((name) => !departments.has(name))).toEqual([]);
    expect(
      seed.indicatorAssignments.flatMap((a) => a.leaders).filter((name) => !leaders.has(name)),
    ).toEqual([]);
  });

  it.each([...plans.keys()])('%s has unique task codes whose parents exist', (key) => {
    const codes = plan(key).tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const parents = plan(key).tasks.flatMap((t) => (t.parentCode === null ? [] : [t.parentCode]));
    expect(parents.filter((code) => !codes.includes(code))).toEqual([]);
  });
});
