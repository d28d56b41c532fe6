import type { SeedPlan, SeedTask } from '@bizenv/shared';

/**
 * Client-side review edits of a draft's plan: the whole edited plan is sent back by PATCH, so
 * merging and splitting tasks is editing the `tasks` list (orders stay 1…n in list order).
 */

function renumber(tasks: SeedTask[]): SeedTask[] {
  return tasks.map((task, index) => ({ ...task, order: index + 1 }));
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function replaceTask(plan: SeedPlan, code: string, next: SeedTask): SeedPlan {
  return { ...plan, tasks: plan.tasks.map((task) => (task.code === code ? next : task)) };
}

/** The task after `code` with the same parent, if any: the one a merge joins in. */
export function nextSibling(plan: SeedPlan, code: string): SeedTask | undefined {
  const index = plan.tasks.findIndex((task) => task.code === code);
  const task = plan.tasks[index];
  if (!task) return undefined;
  return plan.tasks
    .slice(index + 1)
    .find(
      (other) => other.parentCode === task.parentCode && other.sectionCode === task.sectionCode,
    );
}

/** Joins the next sibling into the task: texts, units and targets combined, children moved. */
export function mergeWithNext(plan: SeedPlan, code: string): SeedPlan {
  const first = plan.tasks.find((task) => task.code === code);
  const second = nextSibling(plan, code);
  if (!first || !second) return plan;
  const merged: SeedTask = {
    ...first,
    title: `${first.title}；${second.title}`,
    body: [first.body, second.body].filter(Boolean).join(''),
    leadDepartments: union(first.leadDepartments, second.leadDepartments),
    supportDepartments: union(first.supportDepartments, second.supportDepartments).filter(
      (name) => !first.leadDepartments.includes(name) && !second.leadDepartments.includes(name),
    ),
    deadline: first.deadline.kind === 'none' ? second.deadline : first.deadline,
    targets: [...first.targets, ...second.targets],
  };
  const tasks = plan.tasks
    .filter((task) => task.code !== second.code)
    .map((task) => {
      if (task.code === first.code) return merged;
      if (task.parentCode === second.code) return { ...task, parentCode: first.code };
      return task;
    });
  return { ...plan, tasks: renumber(tasks) };
}

function freeCode(plan: SeedPlan, base: string): string {
  const codes = new Set(plan.tasks.map((task) => task.code));
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!codes.has(candidate)) return candidate;
  }
}

/** Splits a task in two: the first keeps its code, the second follows it as a new sibling. */
export function splitTask(
  plan: SeedPlan,
  code: string,
  firstTitle: string,
  secondTitle: string,
): SeedPlan {
  const index = plan.tasks.findIndex((task) => task.code === code);
  const task = plan.tasks[index];
  if (!task) return plan;
  const first: SeedTask = { ...task, title: firstTitle, body: firstTitle };
  const second: SeedTask = {
    ...task,
    code: freeCode(plan, code),
    title: secondTitle,
    body: secondTitle,
    targets: [],
    attribution: null,
  };
  const tasks = [...plan.tasks.slice(0, index), first, second, ...plan.tasks.slice(index + 1)];
  return { ...plan, tasks: renumber(tasks) };
}
