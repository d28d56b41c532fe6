import type { SessionUser } from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/access/access-policy.service.js';
import { signIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { sql } from './helpers.js';

describe('AccessPolicy', () => {
  const context = useRunningApp();
  const users = new Map<string, SessionUser>();
  const as = (username: string) => users.get(username)!;
  let policy: AccessPolicy;
  let tasks: { id: number; parentId: number | null; jurisdictionCode: string }[];
  let links: { taskId: number; departmentId: number; role: string }[];

  beforeAll(async () => {
    const { app, baseUrl } = context.api;
    policy = app.get(AccessPolicy);
    for (const username of [
      'linyou.office',
      'linyou.leader',
      'linyou.xzsp',
      'baoji.office',
      'baoji.viewer',
      'admin',
    ]) {
      users.set(username, (await signIn(baseUrl, username)).user);
    }
    tasks = (
      await sql<{ id: number; parent_id: number | null; jurisdiction_code: string }>(
        app,
        'SELECT t.id, t.parent_id, p.jurisdiction_code FROM task t JOIN plan p ON p.id = t.plan_id',
      )
    ).map((row) => ({
      id: Number(row.id),
      parentId: row.parent_id === null ? null : Number(row.parent_id),
      jurisdictionCode: row.jurisdiction_code,
    }));
    links = (
      await sql<{ task_id: number; department_id: number; role: string }>(
        app,
        'SELECT * FROM task_department',
      )
    ).map((row) => ({
      taskId: Number(row.task_id),
      departmentId: Number(row.department_id),
      role: row.role,
    }));
  });

  const factsOf = (id: number) => {
    const task = tasks.find((candidate) => candidate.id === id)!;
    return {
      id,
      jurisdictionCode: task.jurisdictionCode,
      departmentIds: links.filter((link) => link.taskId === id).map((link) => link.departmentId),
    };
  };

  /** The ids a task list query returns with the filter applied. */
  async function filtered(user: SessionUser): Promise<number[]> {
    const filter = await policy.taskFilterFor(user, 't');
    const rows = await context.api.app
      .get(DataSource)
      .createQueryBuilder()
      .select('t.id', 'id')
      .from('task', 't')
      .where(filter.where, filter.params)
      .getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
  }

  it('taskFilterFor keeps a list to the readable tasks', async () => {
    const inJurisdictions = (...codes: string[]) =>
      tasks
        .filter((task) => codes.includes(task.jurisdictionCode))
        .map((task) => task.id)
        .sort((a, b) => a - b);
    const department = as('linyou.xzsp').departmentId!;
    const own = new Set(
      links.filter((link) => link.departmentId === department).map((link) => link.taskId),
    );
    const departmentTasks = tasks
      .filter((task) => own.has(task.id) || (task.parentId !== null && own.has(task.parentId)))
      .map((task) => task.id)
      .sort((a, b) => a - b);

    expect(await filtered(as('linyou.office'))).toEqual(inJurisdictions('610329'));
    expect(await filtered(as('linyou.leader'))).toEqual(inJurisdictions('610329'));
    expect(await filtered(as('baoji.viewer'))).toEqual(
      inJurisdictions('610300', '610329', '610326'),
    );
    expect(await filtered(as('linyou.xzsp'))).toEqual(departmentTasks);
    expect(departmentTasks.length).toBeGreaterThan(0);
    expect(await filtered(as('admin'))).toEqual([]);
  });

  it('assertOfficeOf: 404 for a foreign jurisdiction, 403 for a readable one it is not the office of', async () => {
    await expect(policy.assertOfficeOf(as('linyou.office'), '610329')).resolves.toBeUndefined();
    await expect(policy.assertOfficeOf(as('linyou.leader'), '610329')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(policy.assertOfficeOf(as('baoji.office'), '610329')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(policy.assertOfficeOf(as('baoji.viewer'), '610300')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(policy.assertOfficeOf(as('linyou.office'), '610326')).rejects.toMatchObject({
      code: 'JURISDICTION_NOT_FOUND',
    });
  });

  it('assertCanReadJurisdiction follows the readable jurisdictions', async () => {
    await expect(
      policy.assertCanReadJurisdiction(as('baoji.viewer'), '610326'),
    ).resolves.toBeUndefined();
    await expect(
      policy.assertCanReadJurisdiction(as('linyou.office'), '610300'),
    ).rejects.toMatchObject({
      code: 'JURISDICTION_NOT_FOUND',
    });
    await expect(policy.assertCanReadJurisdiction(as('admin'), '610329')).rejects.toMatchObject({
      code: 'JURISDICTION_NOT_FOUND',
    });
  });

  it('assertCanReadTask and assertDepartmentOnTask for a department user', async () => {
    const user = as('linyou.xzsp');
    const lead = links.find(
      (link) => link.departmentId === user.departmentId && link.role === 'lead',
    )!;
    const foreign = tasks.find(
      (task) =>
        task.jurisdictionCode === '610329' &&
        !links.some(
          (link) =>
            link.departmentId === user.departmentId &&
            [task.id, task.parentId].includes(link.taskId),
        ),
    )!;
    const supportOnly = links.find(
      (link) =>
        link.departmentId === user.departmentId &&
        link.role === 'support' &&
        !links.some(
          (other) =>
            other.taskId === link.taskId &&
            other.departmentId === user.departmentId &&
            other.role === 'lead',
        ),
    );

    await expect(policy.assertCanReadTask(user, factsOf(lead.taskId))).resolves.toBeUndefined();
    await expect(
      policy.assertDepartmentOnTask(user, factsOf(lead.taskId), 'lead'),
    ).resolves.toBeUndefined();
    await expect(policy.assertCanReadTask(user, factsOf(foreign.id))).rejects.toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
    await expect(policy.assertDepartmentOnTask(user, factsOf(foreign.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      policy.assertDepartmentOnTask(as('linyou.office'), factsOf(lead.taskId)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    if (supportOnly) {
      await expect(
        policy.assertDepartmentOnTask(user, factsOf(supportOnly.taskId), 'support'),
      ).resolves.toBeUndefined();
      await expect(
        policy.assertDepartmentOnTask(user, factsOf(supportOnly.taskId), 'lead'),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    // Office and leaders read every task of their jurisdiction; a city's office its counties' too.
    await expect(
      policy.assertCanReadTask(as('linyou.leader'), factsOf(foreign.id)),
    ).resolves.toBeUndefined();
    await expect(
      policy.assertCanReadTask(as('baoji.office'), factsOf(foreign.id)),
    ).resolves.toBeUndefined();
  });
});
