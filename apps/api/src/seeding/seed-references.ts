import type { SeedJurisdiction } from '@bizenv/shared';
import type { SeedBundle, SeedPlanFile } from './seed-files.js';
import { SeedError } from './seed.errors.js';

/** Problems listed per start-up failure: enough to fix a batch, short enough to read. */
const MAX_PROBLEMS = 10;

/**
 * Checks what the schemas cannot: that every code and name a file uses refers to something
 * that exists. Plans must name departments and leaders by their canonical catalog names,
 * in the plan's own jurisdiction; an alias or an unknown name is an error.
 */
export function checkSeedReferences(bundle: SeedBundle): void {
  const problems = [
    ...catalogProblems(bundle),
    ...bundle.plans.flatMap((file) => planProblems(file, bundle)),
  ];
  if (problems.length > 0) {
    const more =
      problems.length > MAX_PROBLEMS ? `（另有 ${problems.length - MAX_PROBLEMS} 处）` : '';
    throw new SeedError(`种子数据引用有误：${problems.slice(0, MAX_PROBLEMS).join('；')}${more}`);
  }
}

function catalogProblems({ catalog }: SeedBundle): string[] {
  const problems: string[] = [];
  const where = (index: number) => `catalog.json jurisdictions[${index}]`;
  const codes = new Set(catalog.jurisdictions.map((j) => j.code));
  duplicates(catalog.jurisdictions.map((j) => j.code)).forEach((code) =>
    problems.push(`catalog.json：辖区代码 ${code} 重复`),
  );
  catalog.jurisdictions.forEach((jurisdiction, index) => {
    if (jurisdiction.parentCode !== null && !codes.has(jurisdiction.parentCode)) {
      problems.push(`${where(index)}.parentCode：未知辖区 ${jurisdiction.parentCode}`);
    }
    const names = jurisdiction.departments.map((d) => d.name);
    duplicates(names).forEach((name) => problems.push(`${where(index)}：部门 "${name}" 重复`));
    const aliases = jurisdiction.departments.flatMap((d) => d.aliases);
    duplicates([...new Set(names), ...aliases]).forEach((name) =>
      problems.push(`${where(index)}：别名 "${name}" 重复或与部门名称相同`),
    );
    duplicates(jurisdiction.leaders.map((l) => l.name)).forEach((name) =>
      problems.push(`${where(index)}：领导 "${name}" 重复`),
    );
  });
  if (hasCycle(catalog.jurisdictions.map((j) => [j.code, j.parentCode]))) {
    problems.push('catalog.json：辖区的上下级关系成环');
  }
  return problems;
}

function planProblems({ file, plan }: SeedPlanFile, bundle: SeedBundle): string[] {
  const problems: string[] = [];
  const at = (path: string, problem: string) => problems.push(`${file} ${path}：${problem}`);
  const jurisdiction = bundle.catalog.jurisdictions.find((j) => j.code === plan.jurisdictionCode);
  const otherPlans = bundle.plans.filter((other) => other.plan !== plan);

  if (otherPlans.some((other) => other.plan.key === plan.key))
    at('key', `方案标识 ${plan.key} 重复`);
  if (!jurisdiction) at('jurisdictionCode', `未知辖区 ${plan.jurisdictionCode}`);
  if (plan.parentPlanKey !== null) {
    const parent = otherPlans.find((other) => other.plan.key === plan.parentPlanKey);
    if (!parent) at('parentPlanKey', `未知方案 ${plan.parentPlanKey}`);
    else if (parent.plan.parentPlanKey !== null)
      at('parentPlanKey', `${plan.parentPlanKey} 本身是附件方案，不支持多级附件`);
  }

  const sectionCodes = new Set(plan.sections.map((s) => s.code));
  duplicates(plan.sections.map((s) => s.code)).forEach((code) =>
    at('sections', `章节代码 ${code} 重复`),
  );
  plan.sections.forEach((section, i) => {
    if (section.parentCode !== null && !sectionCodes.has(section.parentCode)) {
      at(`sections[${i}].parentCode`, `未知章节 ${section.parentCode}`);
    }
  });

  duplicates(plan.indicatorAssignments.map((a) => a.indicator)).forEach((indicator) =>
    at('indicatorAssignments', `指标 ${indicator} 重复分工`),
  );
  if (jurisdiction) {
    plan.indicatorAssignments.forEach((assignment, i) => {
      assignment.leadDepartments.forEach((name, j) =>
        checkDepartment(name, jurisdiction, (p) =>
          at(`indicatorAssignments[${i}].leadDepartments[${j}]`, p),
        ),
      );
      assignment.leaders.forEach((name, j) => {
        if (!jurisdiction.leaders.some((leader) => leader.name === name)) {
          at(
            `indicatorAssignments[${i}].leaders[${j}]`,
            `未知领导 "${name}"，不在 ${jurisdiction.name} 的领导名录中`,
          );
        }
      });
    });
  }

  const taskCodes = new Set(plan.tasks.map((t) => t.code));
  const phaseNames = new Set(plan.phases.map((p) => p.name));
  duplicates(plan.tasks.map((t) => t.code)).forEach((code) => at('tasks', `任务序号 ${code} 重复`));
  plan.tasks.forEach((task, i) => {
    const path = `tasks[${i}]（${task.code}）`;
    if (task.parentCode !== null && !taskCodes.has(task.parentCode))
      at(`${path}.parentCode`, `未知任务 ${task.parentCode}`);
    if (task.sectionCode !== null && !sectionCodes.has(task.sectionCode)) {
      at(`${path}.sectionCode`, `未知章节 ${task.sectionCode}`);
    }
    if (task.deadline.kind === 'phase' && !phaseNames.has(task.deadline.phase)) {
      at(`${path}.deadline.phase`, `未知实施阶段 "${task.deadline.phase}"`);
    }
    for (const role of ['leadDepartments', 'supportDepartments'] as const) {
      duplicates(task[role]).forEach((name) => at(`${path}.${role}`, `部门 "${name}" 重复`));
      if (jurisdiction) {
        task[role].forEach((name, j) =>
          checkDepartment(name, jurisdiction, (p) => at(`${path}.${role}[${j}]`, p)),
        );
      }
    }
  });
  if (hasCycle(plan.tasks.map((t) => [t.code, t.parentCode]))) at('tasks', '任务的上下级关系成环');
  return problems;
}

function checkDepartment(
  name: string,
  jurisdiction: SeedJurisdiction,
  report: (problem: string) => void,
): void {
  if (jurisdiction.departments.some((department) => department.name === name)) return;
  const aliased = jurisdiction.departments.find((department) => department.aliases.includes(name));
  report(
    aliased
      ? `"${name}" 是 "${aliased.name}" 的别名，方案文件须使用规范名称`
      : `未知部门 "${name}"，不在 ${jurisdiction.name} 的部门目录中`,
  );
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/** True when following parent links from some node comes back to it. */
function hasCycle(links: readonly (readonly [string, string | null])[]): boolean {
  const parentOf = new Map(links);
  for (const [start] of links) {
    const visited = new Set<string>();
    for (let node: string | null | undefined = start; node != null; node = parentOf.get(node)) {
      if (visited.has(node)) return true;
      visited.add(node);
    }
  }
  return false;
}
