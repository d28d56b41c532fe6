import { Injectable } from '@nestjs/common';
import type { Role, SessionUser } from '@bizenv/shared';
import type { TaskDepartmentRole } from '../tasks/task-department.entity.js';
import { forbidden, jurisdictionNotFound, taskNotFound } from './access.errors.js';
import { AccessRepository } from './access.repository.js';

/** What a task must tell AccessPolicy about itself. */
export interface TaskAccessFacts {
  id: number;
  /** The jurisdiction of the task's plan. */
  jurisdictionCode: string;
  /** Departments leading or supporting the task itself (not its parent's). */
  departmentIds: number[];
}

/**
 * A WHERE condition over a task table alias, for QueryBuilder: `qb.andWhere(f.where, f.params)`.
 * It names columns (`<alias>.plan_id`, `<alias>.parent_id`), so it also fits joins of `task`
 * under any alias. Parameter names start with `access` to avoid clashing with the caller's.
 */
export interface TaskFilter {
  where: string;
  params: Record<string, unknown>;
}

/** Roles that read every task of their readable jurisdictions (not only their department's). */
const WHOLE_JURISDICTION_READERS: readonly Role[] = ['office', 'leader', 'city_viewer'];

/**
 * Row-level permissions, the one place that says who sees which jurisdiction and task. Every
 * feature service calls it; every method is async — always `await` it (a forgotten await lets
 * the request through).
 *
 * - office, leader: their jurisdiction and, for a city (or province), every jurisdiction under it;
 * - city_viewer: its city and the counties under it (read only);
 * - department: its own jurisdiction, and there only tasks its department leads or supports
 *   (a sub-item is visible with its parent task);
 * - system_admin: no business data at all (it runs the installation; catalog routes decide
 *   for themselves, see catalogJurisdictionCodes).
 * Objects outside what a user may read answer 404, so their existence does not leak.
 */
@Injectable()
export class AccessPolicy {
  /** Jurisdiction code → codes of itself and everything under it. Loaded once: it never changes at run time. */
  private subtrees: Promise<Map<string, string[]>> | null = null;

  constructor(private readonly access: AccessRepository) {}

  /** Codes of the jurisdictions whose business data (plans, tasks, reports…) the user may read. */
  async readableJurisdictionCodes(user: SessionUser): Promise<string[]> {
    switch (user.role) {
      case 'system_admin':
        return [];
      case 'department':
        return [user.jurisdictionCode];
      default:
        return (await this.loadSubtrees()).get(user.jurisdictionCode) ?? [user.jurisdictionCode];
    }
  }

  /** Jurisdictions whose catalog entry (name, departments) the user may read: a system_admin sees all. */
  async catalogJurisdictionCodes(user: SessionUser): Promise<string[]> {
    if (user.role !== 'system_admin') return this.readableJurisdictionCodes(user);
    return [...(await this.loadSubtrees()).keys()];
  }

  /** 404 JURISDICTION_NOT_FOUND unless the user may read the jurisdiction's business data. */
  async assertCanReadJurisdiction(user: SessionUser, jurisdictionCode: string): Promise<void> {
    if (!(await this.readableJurisdictionCodes(user)).includes(jurisdictionCode)) {
      throw jurisdictionNotFound();
    }
  }

  /**
   * 404 TASK_NOT_FOUND outside the user's readable jurisdictions and, for a department user,
   * for tasks its department is not on (directly, or through the task's parent).
   */
  async assertCanReadTask(user: SessionUser, task: TaskAccessFacts): Promise<void> {
    if (!(await this.readableJurisdictionCodes(user)).includes(task.jurisdictionCode)) {
      throw taskNotFound();
    }
    if (WHOLE_JURISDICTION_READERS.includes(user.role)) return;
    const departmentId = user.departmentId;
    if (departmentId === null) throw taskNotFound();
    if (task.departmentIds.includes(departmentId)) return;
    if (!(await this.access.isDepartmentOnParent(task.id, departmentId))) throw taskNotFound();
  }

  /**
   * For office-only writes in a jurisdiction: 404 JURISDICTION_NOT_FOUND when the user may not
   * even read it, 403 FORBIDDEN when it may read it but is not its office (a city office may
   * read a county but not write there).
   */
  async assertOfficeOf(user: SessionUser, jurisdictionCode: string): Promise<void> {
    const isOwn = user.jurisdictionCode === jurisdictionCode;
    if (!isOwn && !(await this.readableJurisdictionCodes(user)).includes(jurisdictionCode)) {
      throw jurisdictionNotFound();
    }
    if (!isOwn || user.role !== 'office') throw forbidden();
  }

  /**
   * For department writes on a task (monthly reports, closure requests…): 403 FORBIDDEN unless
   * the user is a department user whose department is on the task itself (in `role` when given),
   * in the task's jurisdiction. Check readability first (assertCanReadTask) so foreign tasks 404.
   */
  async assertDepartmentOnTask(
    user: SessionUser,
    task: TaskAccessFacts,
    role?: TaskDepartmentRole,
  ): Promise<void> {
    const departmentId = user.departmentId;
    if (
      user.role !== 'department' ||
      departmentId === null ||
      user.jurisdictionCode !== task.jurisdictionCode ||
      !(await this.access.isDepartmentOnTask(task.id, departmentId, role))
    ) {
      throw forbidden();
    }
  }

  /**
   * The condition that keeps a task list to what the user may read. `taskAlias` is the alias of
   * the `task` table in the caller's query. Tasks belong to a jurisdiction through their plan.
   */
  async taskFilterFor(user: SessionUser, taskAlias = 'task'): Promise<TaskFilter> {
    const codes = await this.readableJurisdictionCodes(user);
    if (codes.length === 0) return { where: '1 = 0', params: {} };
    const inJurisdictions =
      `${taskAlias}.plan_id IN (SELECT access_plan.id FROM plan access_plan ` +
      `WHERE access_plan.jurisdiction_code IN (:...accessJurisdictionCodes))`;
    const params: Record<string, unknown> = { accessJurisdictionCodes: codes };
    if (WHOLE_JURISDICTION_READERS.includes(user.role)) return { where: inJurisdictions, params };
    if (user.departmentId === null) return { where: '1 = 0', params: {} };
    const onTask = (column: string) =>
      `EXISTS (SELECT 1 FROM task_department access_td WHERE access_td.task_id = ${taskAlias}.${column} ` +
      `AND access_td.department_id = :accessDepartmentId)`;
    return {
      where: `(${inJurisdictions} AND (${onTask('id')} OR ${onTask('parent_id')}))`,
      params: { ...params, accessDepartmentId: user.departmentId },
    };
  }

  /**
   * The rows of one plan's task list a user may see, in their order. Whole-jurisdiction readers
   * see all (the caller has checked the plan's jurisdiction). A department user sees the tasks its
   * department is on with all their sub-items, and the parent of such a sub-item as context
   * (so the tree keeps its shape); nothing else.
   */
  visibleTasksOfPlan<T extends { id: number; parentId: number | null }>(
    user: SessionUser,
    tasks: T[],
    links: { taskId: number; departmentId: number }[],
  ): T[] {
    if (WHOLE_JURISDICTION_READERS.includes(user.role)) return tasks;
    if (user.role !== 'department' || user.departmentId === null) return [];
    const own = new Set(
      links.filter((link) => link.departmentId === user.departmentId).map((link) => link.taskId),
    );
    const visible = new Set<number>();
    for (const task of tasks) {
      if (own.has(task.id) || (task.parentId !== null && own.has(task.parentId))) {
        visible.add(task.id);
        if (task.parentId !== null) visible.add(task.parentId);
      }
    }
    return tasks.filter((task) => visible.has(task.id));
  }

  private loadSubtrees(): Promise<Map<string, string[]>> {
    this.subtrees ??= this.access.findJurisdictionTree().then((rows) => {
      // Before seeding there is nothing to cache yet: read again next time.
      if (rows.length === 0) this.subtrees = null;
      return buildSubtrees(rows);
    });
    return this.subtrees;
  }
}

function buildSubtrees(rows: { code: string; parentCode: string | null }[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (row.parentCode !== null)
      children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row.code]);
  }
  const collect = (code: string): string[] => [
    code,
    ...(children.get(code) ?? []).flatMap(collect),
  ];
  return new Map(rows.map((row) => [row.code, collect(row.code)]));
}
