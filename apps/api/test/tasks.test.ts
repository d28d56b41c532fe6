import type { SeedPlan, SeedTask, TaskDetailResponse, TaskResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { loadSeeds, planByKey } from './support/seeds.js';
import { useSignedIn } from './support/auth.js';
import { countQueries, useRunningApp } from './support/test-app.js';

const seeds = loadSeeds();

/** The tree the API should return for a plan, built from the seed file alone. */
function expectedTree(plan: SeedPlan, parentCode: string | null = null): unknown[] {
  return plan.tasks
    .map((task, position) => ({ task, position }))
    .filter(({ task }) => task.parentCode === parentCode)
    .sort((a, b) => a.task.order - b.task.order || a.position - b.position)
    .map(({ task }) => ({
      code: task.code,
      kind: task.kind,
      sectionCode: task.sectionCode,
      title: task.title,
      body: task.body,
      indicator: task.indicator,
      status: 'not_started',
      leadDepartments: task.leadDepartments,
      supportDepartments: task.supportDepartments,
      attribution: task.attribution,
      deadline: task.deadline,
      targets: task.targets,
      order: task.order,
      children: expectedTree(plan, task.code),
    }));
}

/** The API's tree in the shape of expectedTree: names instead of department objects, no ids. */
function comparable(tasks: TaskResponse[]): unknown[] {
  return tasks.map((task) => ({
    code: task.code,
    kind: task.kind,
    sectionCode: task.sectionCode,
    title: task.title,
    body: task.body,
    indicator: task.indicator,
    status: task.status,
    leadDepartments: task.leadDepartments.map((d) => d.name),
    supportDepartments: task.supportDepartments.map((d) => d.name),
    attribution: task.attribution,
    deadline: task.deadline,
    targets: task.targets.map(({ id: _id, ...target }) => target),
    order: task.order,
    children: comparable(task.children),
  }));
}

describe('tasks', () => {
  const context = useRunningApp();
  // Reads every jurisdiction: the province's office.
  const reader = useSignedIn(context, 'shaanxi.office');

  async function planId(key: string): Promise<number> {
    const plan = planByKey(seeds, key);
    const { body } = await reader.get<{ id: number; key: string }[]>(
      `/api/jurisdictions/${plan.jurisdictionCode}/plans`,
    );
    return body.find((candidate) => candidate.key === key)!.id;
  }

  async function treeOf(key: string): Promise<TaskResponse[]> {
    const response = await reader.get<TaskResponse[]>(`/api/plans/${await planId(key)}/tasks`);
    expect(response.status).toBe(200);
    return response.body;
  }

  it('returns every plan as the tree of its seed file', async () => {
    for (const plan of seeds.plans) {
      expect(comparable(await treeOf(plan.key)), plan.key).toEqual(expectedTree(plan));
    }
  });

  it('has 县行政审批服务局 lead 麟游 task 1, as the plan says', async () => {
    const seedTask = planByKey(seeds, 'linyou-2021').tasks.find((task) => task.code === '1')!;
    expect(seedTask.leadDepartments).toEqual(['县行政审批服务局']);

    const task = (await treeOf('linyou-2021')).find((candidate) => candidate.code === '1')!;

    expect(task.leadDepartments.map((d) => d.name)).toEqual(['县行政审批服务局']);
    expect(task.children.map((child) => child.code)).toEqual(
      planByKey(seeds, 'linyou-2021')
        .tasks.filter((t) => t.parentCode === '1')
        .map((t) => t.code),
    );
  });

  it('reads a plan tree with the same few queries whatever its size', async () => {
    const sizes = seeds.plans.map((plan) => ({ key: plan.key, size: plan.tasks.length }));
    const smallest = sizes.reduce((a, b) => (b.size < a.size ? b : a));
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    const [smallId, largeId] = [await planId(smallest.key), await planId(largest.key)];

    const small = await countQueries(context.api.app, () =>
      reader.get(`/api/plans/${smallId}/tasks`),
    );
    const large = await countQueries(context.api.app, () =>
      reader.get(`/api/plans/${largeId}/tasks`),
    );

    expect(largest.size).toBeGreaterThan(smallest.size);
    expect(large).toBe(small);
    // The session lookup, the plan (exists and readable), then tasks, departments and targets.
    expect(large).toBeLessThanOrEqual(5);
  });

  it('shows a task with its plan, its sub-items and the leaders of its indicator', async () => {
    const seedPlan = planByKey(seeds, 'linyou-2021');
    const seedTask = seedPlan.tasks.find((task) => task.code === '1')!;
    const id = (await treeOf('linyou-2021')).find((task) => task.code === '1')!.id;

    const response = await reader.get<TaskDetailResponse>(`/api/tasks/${id}`);

    expect(response.status).toBe(200);
    const task = response.body;
    expect(task.code).toBe('1');
    expect(task.plan.key).toBe('linyou-2021');
    expect(task.parent).toBeNull();
    expect(task.children.map((child) => child.code)).toEqual(
      seedPlan.tasks.filter((t) => t.parentCode === '1').map((t) => t.code),
    );
    const assignment = seedPlan.indicatorAssignments.find(
      (a) => a.indicator === seedTask.indicator,
    )!;
    expect(task.leaders.map((leader) => leader.name)).toEqual(assignment.leaders);
    expect(task.leaderText).toBe(assignment.leaderText);
  });

  it('shows a sub-item with its parent task', async () => {
    const seedPlan = planByKey(seeds, 'linyou-2021');
    const child: SeedTask = seedPlan.tasks.find((task) => task.parentCode === '1')!;
    const parent = (await treeOf('linyou-2021')).find((task) => task.code === '1')!;
    const childId = parent.children.find((task) => task.code === child.code)!.id;

    const response = await reader.get<TaskDetailResponse>(`/api/tasks/${childId}`);

    expect(response.status).toBe(200);
    expect(response.body.parent).toEqual({ id: parent.id, code: parent.code, title: parent.title });
    expect(response.body.children).toEqual([]);
  });
});
