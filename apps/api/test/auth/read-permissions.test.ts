import type {
  ApiErrorBody,
  DepartmentResponse,
  JurisdictionResponse,
  PlanSummaryResponse,
  TaskDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { request, signIn, type SignedInClient } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { sql } from './helpers.js';

const LINYOU = '610329';
const MEIXIAN = '610326';
const YIJUN = '610222';
const BAOJI = '610300';

interface TaskRow {
  id: number;
  parentId: number | null;
  jurisdictionCode: string;
  planKey: string;
}

/** Every task id in a tree, depth first. */
const idsOf = (tree: TaskResponse[]): number[] =>
  tree.flatMap((task) => [task.id, ...idsOf(task.children)]);

describe('read routes and permissions', () => {
  const context = useRunningApp();
  let tasks: TaskRow[];
  let links: { taskId: number; departmentId: number }[];
  let planIds: Map<string, number>;
  const clients = new Map<string, SignedInClient>();
  const as = (username: string) => clients.get(username)!;

  beforeAll(async () => {
    const { app, baseUrl } = context.api;
    tasks = (
      await sql<{ id: number; parent_id: number | null; jurisdiction_code: string; key: string }>(
        app,
        'SELECT t.id, t.parent_id, p.jurisdiction_code, p.key FROM task t JOIN plan p ON p.id = t.plan_id',
      )
    ).map((row) => ({
      id: Number(row.id),
      parentId: row.parent_id === null ? null : Number(row.parent_id),
      jurisdictionCode: row.jurisdiction_code,
      planKey: row.key,
    }));
    links = (
      await sql<{ task_id: number; department_id: number }>(
        app,
        'SELECT task_id, department_id FROM task_department',
      )
    ).map((row) => ({ taskId: Number(row.task_id), departmentId: Number(row.department_id) }));
    planIds = new Map(
      (await sql<{ id: number; key: string }>(app, 'SELECT id, key FROM plan')).map((row) => [
        row.key,
        Number(row.id),
      ]),
    );
    for (const username of [
      'admin',
      'linyou.office',
      'linyou.leader',
      'linyou.xzsp',
      'meixian.office',
      'baoji.office',
      'baoji.viewer',
    ]) {
      clients.set(username, await signIn(baseUrl, username));
    }
  });

  /** The ids a department user should see in a plan: its tasks, their sub-items, and their parents as context. */
  function expectedVisible(departmentId: number, planKey: string): Set<number> {
    const own = new Set(
      links.filter((link) => link.departmentId === departmentId).map((link) => link.taskId),
    );
    const visible = new Set<number>();
    for (const task of tasks.filter((candidate) => candidate.planKey === planKey)) {
      if (own.has(task.id) || (task.parentId !== null && own.has(task.parentId))) {
        visible.add(task.id);
        if (task.parentId !== null) visible.add(task.parentId);
      }
    }
    return visible;
  }

  it('require sign-in everywhere except health and the API docs', async () => {
    const { baseUrl } = context.api;
    const planId = planIds.get('linyou-2021')!;
    for (const path of [
      '/api/jurisdictions',
      `/api/jurisdictions/${LINYOU}`,
      `/api/jurisdictions/${LINYOU}/plans`,
      `/api/jurisdictions/${LINYOU}/departments`,
      `/api/plans/${planId}`,
      `/api/plans/${planId}/tasks`,
      `/api/tasks/${tasks[0]!.id}`,
      '/api/users',
    ]) {
      const answer = await request<ApiErrorBody>(baseUrl, 'GET', path);
      expect([answer.status, answer.body.code], path).toEqual([401, 'UNAUTHENTICATED']);
    }
    for (const path of ['/api/health', '/api/docs-json']) {
      expect((await request(baseUrl, 'GET', path)).status, path).toBe(200);
    }
  });

  it.each([
    ['linyou.office', [LINYOU]],
    ['linyou.leader', [LINYOU]],
    ['linyou.xzsp', [LINYOU]],
    ['meixian.office', [MEIXIAN]],
    ['baoji.office', [BAOJI, MEIXIAN, LINYOU]],
    ['baoji.viewer', [BAOJI, MEIXIAN, LINYOU]],
    ['admin', ['610000', '610200', YIJUN, BAOJI, MEIXIAN, LINYOU]],
  ])('%s sees the jurisdictions %j', async (username, codes) => {
    const list = await as(username).get<JurisdictionResponse[]>('/api/jurisdictions');

    expect(list.status).toBe(200);
    expect(list.body.map((jurisdiction) => jurisdiction.code).sort()).toEqual([...codes].sort());
  });

  it('answers 404 for another county, at every level', async () => {
    const office = as('linyou.office');
    const meixianPlan = planIds.get('meixian-2024')!;
    const meixianTask = tasks.find((task) => task.jurisdictionCode === MEIXIAN)!.id;

    const answers: [string, string][] = [
      [`/api/jurisdictions/${MEIXIAN}`, 'JURISDICTION_NOT_FOUND'],
      [`/api/jurisdictions/${MEIXIAN}/plans`, 'JURISDICTION_NOT_FOUND'],
      [`/api/jurisdictions/${MEIXIAN}/departments`, 'JURISDICTION_NOT_FOUND'],
      [`/api/jurisdictions/${BAOJI}/plans`, 'JURISDICTION_NOT_FOUND'],
      [`/api/plans/${meixianPlan}`, 'PLAN_NOT_FOUND'],
      [`/api/plans/${meixianPlan}/tasks`, 'PLAN_NOT_FOUND'],
      [`/api/tasks/${meixianTask}`, 'TASK_NOT_FOUND'],
    ];
    for (const [path, code] of answers) {
      const answer = await office.get<ApiErrorBody>(path);
      expect([answer.status, answer.body.code], path).toEqual([404, code]);
    }
    expect((await office.get(`/api/plans/${planIds.get('linyou-2021')}`)).status).toBe(200);
  });

  it('lets a city office and viewer read their counties but not another city’s', async () => {
    for (const username of ['baoji.office', 'baoji.viewer']) {
      const client = as(username);
      const linyouPlans = await client.get<PlanSummaryResponse[]>(
        `/api/jurisdictions/${LINYOU}/plans`,
      );
      const linyouTree = await client.get<TaskResponse[]>(
        `/api/plans/${planIds.get('linyou-2021')}/tasks`,
      );
      const meixianTask = await client.get(
        `/api/tasks/${tasks.find((task) => task.jurisdictionCode === MEIXIAN)!.id}`,
      );
      const yijunPlan = await client.get<ApiErrorBody>(`/api/plans/${planIds.get('yijun-2021')}`);

      expect(linyouPlans.body.map((plan) => plan.key)).toContain('linyou-2021');
      expect(idsOf(linyouTree.body).sort()).toEqual(
        tasks
          .filter((task) => task.planKey === 'linyou-2021')
          .map((task) => task.id)
          .sort(),
      );
      expect(meixianTask.status).toBe(200);
      expect([yijunPlan.status, yijunPlan.body.code]).toEqual([404, 'PLAN_NOT_FOUND']);
    }
  });

  it('shows a department user only its own tasks in the plan tree', async () => {
    const client = as('linyou.xzsp');
    const departmentId = client.user.departmentId!;
    const expected = expectedVisible(departmentId, 'linyou-2021');

    const tree = await client.get<TaskResponse[]>(`/api/plans/${planIds.get('linyou-2021')}/tasks`);

    expect(tree.status).toBe(200);
    const ids = idsOf(tree.body);
    expect(new Set(ids)).toEqual(expected);
    expect(ids.length).toBe(expected.size);
    const all = tasks.filter((task) => task.planKey === 'linyou-2021').length;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(all);
    // Every row is the department's own, a sub-item of its own, or the parent of one of those.
    const own = new Set(
      links.filter((link) => link.departmentId === departmentId).map((link) => link.taskId),
    );
    const byId = new Map(tasks.map((task) => [task.id, task]));
    for (const id of ids) {
      const task = byId.get(id)!;
      const isOwn = own.has(id) || (task.parentId !== null && own.has(task.parentId));
      const isContext = tasks.some(
        (child) => child.parentId === id && ids.includes(child.id) && own.has(child.id),
      );
      expect(isOwn || isContext, `task ${id}`).toBe(true);
    }
  });

  it('the department’s tree differs from another department’s (no foreign rows)', async () => {
    const { baseUrl } = context.api;
    const other = await signIn(baseUrl, 'linyou.fgj');
    const mine = idsOf(
      (
        await as('linyou.xzsp').get<TaskResponse[]>(
          `/api/plans/${planIds.get('linyou-2021')}/tasks`,
        )
      ).body,
    );
    const theirs = idsOf(
      (await other.get<TaskResponse[]>(`/api/plans/${planIds.get('linyou-2021')}/tasks`)).body,
    );

    expect(new Set(theirs)).toEqual(expectedVisible(other.user.departmentId!, 'linyou-2021'));
    expect(new Set(mine)).not.toEqual(new Set(theirs));
  });

  it('lets a department user open its tasks and their sub-items, and nothing else', async () => {
    const client = as('linyou.xzsp');
    const departmentId = client.user.departmentId!;
    const own = new Set(
      links.filter((link) => link.departmentId === departmentId).map((link) => link.taskId),
    );
    const linyouTasks = tasks.filter((task) => task.jurisdictionCode === LINYOU);
    const ownTask = linyouTasks.find(
      (task) => own.has(task.id) && tasks.some((child) => child.parentId === task.id),
    )!;
    const subItem = linyouTasks.find((task) => task.parentId === ownTask.id && !own.has(task.id));
    const foreign = linyouTasks.find(
      (task) => !own.has(task.id) && (task.parentId === null || !own.has(task.parentId)),
    )!;

    const detail = await client.get<TaskDetailResponse>(`/api/tasks/${ownTask.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.children.map((child) => child.id).sort()).toEqual(
      tasks
        .filter((task) => task.parentId === ownTask.id)
        .map((task) => task.id)
        .sort(),
    );
    if (subItem) expect((await client.get(`/api/tasks/${subItem.id}`)).status).toBe(200);
    const refused = await client.get<ApiErrorBody>(`/api/tasks/${foreign.id}`);
    expect([refused.status, refused.body.code]).toEqual([404, 'TASK_NOT_FOUND']);
  });

  it('lets leaders read every task of their jurisdiction', async () => {
    const tree = await as('linyou.leader').get<TaskResponse[]>(
      `/api/plans/${planIds.get('linyou-2021')}/tasks`,
    );

    expect(idsOf(tree.body).length).toBe(
      tasks.filter((task) => task.planKey === 'linyou-2021').length,
    );
  });

  it('gives a system admin the catalog but no plans or tasks', async () => {
    const admin = as('admin');

    const departments = await admin.get<DepartmentResponse[]>(
      `/api/jurisdictions/${LINYOU}/departments`,
    );
    const plans = await admin.get<ApiErrorBody>(`/api/jurisdictions/${LINYOU}/plans`);
    const plan = await admin.get<ApiErrorBody>(`/api/plans/${planIds.get('linyou-2021')}`);
    const task = await admin.get<ApiErrorBody>(`/api/tasks/${tasks[0]!.id}`);

    expect(departments.status).toBe(200);
    expect(departments.body.length).toBeGreaterThan(10);
    expect([plans.status, plan.status, task.status]).toEqual([404, 404, 404]);
  });
});
