import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Actor } from './actors.js';
import { sql } from './database-state.js';

/** What an actor may read under the rules, worked out from the seed facts (not from the app's code). */
export interface ReadScope {
  /** Jurisdictions whose business data it reads. */
  jurisdictions: Set<string>;
  /** Jurisdictions whose catalog entry it reads (the administrator: all). */
  catalog: Set<string>;
  /** Tasks it reads. */
  tasks: Set<number>;
}

/**
 * The rules: office, leaders and city viewers read their jurisdiction and everything under it;
 * a department user its own jurisdiction, and there the tasks its department leads or supports
 * (with their sub-items); the system administrator no business data, but the whole catalog.
 */
export class Scopes {
  private children = new Map<string, string[]>();
  private all: string[] = [];
  private tasks: { id: number; parentId: number | null; jurisdictionCode: string }[] = [];
  private links: { taskId: number; departmentId: number }[] = [];
  private readonly cache = new Map<string, ReadScope>();

  async load(app: NestFastifyApplication): Promise<void> {
    const jurisdictions = await sql<{ code: string; parent_code: string | null }>(
      app,
      'SELECT code, parent_code FROM jurisdiction',
    );
    this.all = jurisdictions.map((row) => row.code);
    for (const row of jurisdictions) {
      if (row.parent_code === null) continue;
      this.children.set(row.parent_code, [...(this.children.get(row.parent_code) ?? []), row.code]);
    }
    this.tasks = (
      await sql<{ id: number; parent_id: number | null; jurisdiction_code: string }>(
        app,
        'SELECT t.id, t.parent_id, p.jurisdiction_code FROM task t JOIN plan p ON p.id = t.plan_id',
      )
    ).map((row) => ({
      id: Number(row.id),
      parentId: row.parent_id === null ? null : Number(row.parent_id),
      jurisdictionCode: row.jurisdiction_code,
    }));
    this.links = (
      await sql<{ task_id: number; department_id: number }>(
        app,
        'SELECT task_id, department_id FROM task_department',
      )
    ).map((row) => ({ taskId: Number(row.task_id), departmentId: Number(row.department_id) }));
  }

  of(actor: Actor): ReadScope {
    const key = actor.username ?? '';
    let scope = this.cache.get(key);
    if (!scope) {
      scope = this.compute(actor);
      this.cache.set(key, scope);
    }
    return scope;
  }

  private compute(actor: Actor): ReadScope {
    const none = {
      jurisdictions: new Set<string>(),
      catalog: new Set<string>(),
      tasks: new Set<number>(),
    };
    if (actor.role === null || actor.jurisdictionCode === null) return none;
    if (actor.role === 'system_admin') return { ...none, catalog: new Set(this.all) };
    const own = actor.jurisdictionCode;
    const jurisdictions = new Set(actor.role === 'department' ? [own] : this.subtree(own));
    const inJurisdictions = this.tasks.filter((task) => jurisdictions.has(task.jurisdictionCode));
    if (actor.role !== 'department') {
      return {
        jurisdictions,
        catalog: jurisdictions,
        tasks: new Set(inJurisdictions.map((task) => task.id)),
      };
    }
    const mine = new Set(
      this.links
        .filter((link) => link.departmentId === actor.departmentId)
        .map((link) => link.taskId),
    );
    const tasks = inJurisdictions
      .filter((task) => mine.has(task.id) || (task.parentId !== null && mine.has(task.parentId)))
      .map((task) => task.id);
    return { jurisdictions, catalog: jurisdictions, tasks: new Set(tasks) };
  }

  private subtree(code: string): string[] {
    return [code, ...(this.children.get(code) ?? []).flatMap((child) => this.subtree(child))];
  }
}

/** Keys whose values are free-form snapshots of a change, not rows of the answer. */
const SNAPSHOT_KEYS = new Set(['before', 'after']);

/**
 * Every jurisdiction and task an answer names (keys `jurisdictionCode`, `taskId`, and the `id`
 * of a `task` object) that the actor may not read: the foreign rows of a list.
 */
export function foreignReferences(body: unknown, scope: ReadScope, catalog: boolean): string[] {
  const found: string[] = [];
  const jurisdictions = catalog ? scope.catalog : scope.jurisdictions;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (SNAPSHOT_KEYS.has(key)) continue;
      if (key === 'jurisdictionCode' && typeof child === 'string' && !jurisdictions.has(child)) {
        found.push(`jurisdiction ${child}`);
      }
      if (key === 'taskId' && typeof child === 'number' && !scope.tasks.has(child)) {
        found.push(`task ${child}`);
      }
      if (key === 'task' && child !== null && typeof child === 'object') {
        const id = (child as { id?: unknown }).id;
        if (typeof id === 'number' && !scope.tasks.has(id)) found.push(`task ${id}`);
      }
      visit(child);
    }
  };
  visit(body);
  return [...new Set(found)];
}
