import {
  guessDepartmentKind,
  type PlanImportDepartmentName,
  type SeedPlan,
  seedPlanSchema,
  type UpdatePlanImportRequest,
} from '@bizenv/shared';
import type { DraftContent } from './draft-builder.js';
import { planImportInvalidEdit } from './plan-import.errors.js';

/** Renames a unit in every place a plan names one. */
function renameDepartment(plans: SeedPlan[], from: string, to: string): SeedPlan[] {
  const rename = (names: string[]) => [...new Set(names.map((n) => (n === from ? to : n)))];
  return plans.map((plan) => ({
    ...plan,
    indicatorAssignments: plan.indicatorAssignments.map((a) => ({
      ...a,
      leadDepartments: rename(a.leadDepartments),
    })),
    tasks: plan.tasks.map((task) => ({
      ...task,
      leadDepartments: rename(task.leadDepartments),
      supportDepartments: rename(task.supportDepartments),
    })),
  }));
}

/** Every unit name the plans use. */
export function departmentNamesOf(plans: SeedPlan[]): Set<string> {
  return new Set(
    plans.flatMap((plan) => [
      ...plan.indicatorAssignments.flatMap((a) => a.leadDepartments),
      ...plan.tasks.flatMap((task) => [...task.leadDepartments, ...task.supportDepartments]),
    ]),
  );
}

/**
 * Applies an office's edit: replaced plans (any field; tasks merged or split by editing the list),
 * then department decisions. Names the plans use that are neither existing departments nor listed
 * become proposed new departments; listed names no plan uses any more are dropped.
 */
export function applyDraftEdit(
  content: DraftContent,
  edit: UpdatePlanImportRequest,
  existing: ReadonlyMap<string, number>,
  departmentById: (id: number) => string | null,
): DraftContent {
  let plans = edit.plans ? validatePlans(content.plans, edit.plans) : content.plans;
  let departments = content.departments;
  for (const { name, departmentId } of edit.departments ?? []) {
    if (!departments.some((d) => d.name === name)) throw planImportInvalidEdit();
    if (departmentId === null) {
      departments = departments.map((d) =>
        d.name === name
          ? { ...d, decision: { kind: 'new', departmentKind: guessDepartmentKind(name) } }
          : d,
      );
      continue;
    }
    const target = departmentById(departmentId);
    if (target === null) throw planImportInvalidEdit();
    plans = renameDepartment(plans, name, target);
    departments = departments
      .filter((d) => d.name !== target)
      .map((d) => (d.name === name ? { ...d, name: target, decision: { kind: 'existing' } } : d));
  }
  const used = departmentNamesOf(plans);
  const listed = new Set(departments.map((d) => d.name));
  const typed: PlanImportDepartmentName[] = [...used]
    .filter((name) => !existing.has(name) && !listed.has(name))
    .map((name) => ({
      name,
      method: 'unknown',
      score: 0,
      decision: { kind: 'new', departmentKind: guessDepartmentKind(name) },
    }));
  departments = [...departments.filter((d) => used.has(d.name)), ...typed];
  return { ...content, plans, departments, tasks: reviewsFor(content, plans) };
}

/** Edited plans keep their keys, jurisdiction and annex links: the draft decides those. */
function validatePlans(current: SeedPlan[], edited: SeedPlan[]): SeedPlan[] {
  if (edited.length !== current.length) throw planImportInvalidEdit();
  return edited.map((plan, index) => {
    const parsed = seedPlanSchema.safeParse(plan);
    const before = current[index]!;
    if (
      !parsed.success ||
      parsed.data.key !== before.key ||
      parsed.data.jurisdictionCode !== before.jurisdictionCode ||
      parsed.data.parentPlanKey !== before.parentPlanKey
    )
      throw planImportInvalidEdit();
    return parsed.data;
  });
}

/** Review data of tasks that still exist; a task made by a split has no source lines or flags. */
function reviewsFor(content: DraftContent, plans: SeedPlan[]): DraftContent['tasks'] {
  return plans.flatMap((plan) =>
    plan.tasks.map(
      (task) =>
        content.tasks.find((r) => r.planKey === plan.key && r.code === task.code) ?? {
          planKey: plan.key,
          code: task.code,
          sourceLines: null,
          unsure: [],
        },
    ),
  );
}
