import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportRole, TargetComparator } from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import type { HistoryPlan, HistoryTask } from './history-model.js';

/** Reads what the generator needs from the seeded catalog and plans, in a few queries. */
@Injectable()
export class DemoHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasReports(): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 AS "one" FROM "progress_report" LIMIT 1',
    )) as unknown[];
    return rows.length > 0;
  }

  async findPlans(manager: EntityManager): Promise<HistoryPlan[]> {
    const rows = (await manager.query(
      'SELECT "id", "key", "jurisdiction_code", "issued_date", "year" FROM "plan" ORDER BY "id"',
    )) as {
      id: number;
      key: string;
      jurisdiction_code: string;
      issued_date: string | null;
      year: number;
    }[];
    return rows.map((row) => ({
      id: Number(row.id),
      key: row.key,
      jurisdictionCode: row.jurisdiction_code,
      issuedDate: row.issued_date ?? `${row.year}-01-01`,
      year: Number(row.year),
    }));
  }

  /** Every task with its own departments (groups left out, lead first) and targets. */
  async findTasks(manager: EntityManager): Promise<HistoryTask[]> {
    const tasks = (await manager.query(
      'SELECT "id", "plan_id", "code", "title", "deadline_kind", "deadline_date" FROM "task" ORDER BY "id"',
    )) as {
      id: number;
      plan_id: number;
      code: string;
      title: string;
      deadline_kind: string;
      deadline_date: string | null;
    }[];
    const departments = (await manager.query(
      `SELECT td."task_id", td."department_id", td."role" FROM "task_department" td
       JOIN "department" d ON d."id" = td."department_id"
       WHERE d."kind" <> 'group' ORDER BY td."task_id", td."role", td."sort_order"`,
    )) as { task_id: number; department_id: number; role: ReportRole }[];
    const targets = (await manager.query(
      `SELECT "id", "task_id", "metric", "comparator", "value", "unit" FROM "target" ORDER BY "task_id", "sort_order"`,
    )) as {
      id: number;
      task_id: number;
      metric: string;
      comparator: TargetComparator;
      value: string | number;
      unit: string;
    }[];
    const byId = new Map<number, HistoryTask>();
    for (const row of tasks) {
      byId.set(Number(row.id), {
        id: Number(row.id),
        planId: Number(row.plan_id),
        code: row.code,
        title: row.title,
        deadlineKind: row.deadline_kind,
        deadlineDate: row.deadline_date,
        departments: [],
        targets: [],
      });
    }
    for (const row of departments) {
      const task = byId.get(Number(row.task_id))!;
      // A department both leading and supporting reports once, as lead (the reports rule).
      if (task.departments.some((entry) => entry.departmentId === Number(row.department_id)))
        continue;
      task.departments.push({ departmentId: Number(row.department_id), role: row.role });
    }
    for (const row of targets) {
      byId.get(Number(row.task_id))!.targets.push({
        id: Number(row.id),
        metric: row.metric,
        comparator: row.comparator,
        value: Number(row.value),
        unit: row.unit,
      });
    }
    return [...byId.values()];
  }

  /** The first office account of each jurisdiction. */
  async findOfficeUsers(manager: EntityManager): Promise<Map<string, number>> {
    const rows = (await manager.query(
      `SELECT "jurisdiction_code", MIN("id") AS "id" FROM "app_user" WHERE "role" = 'office' GROUP BY "jurisdiction_code"`,
    )) as { jurisdiction_code: string; id: number }[];
    return new Map(rows.map((row) => [row.jurisdiction_code, Number(row.id)]));
  }

  /** The first account of each department. */
  async findDepartmentUsers(manager: EntityManager): Promise<Map<number, number>> {
    const rows = (await manager.query(
      `SELECT "department_id", MIN("id") AS "id" FROM "app_user"
       WHERE "role" = 'department' AND "department_id" IS NOT NULL GROUP BY "department_id"`,
    )) as { department_id: number; id: number }[];
    return new Map(rows.map((row) => [Number(row.department_id), Number(row.id)]));
  }

  async findDepartments(
    manager: EntityManager,
    ids: number[],
  ): Promise<{ id: number; name: string; jurisdictionCode: string }[]> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(
      `SELECT "id", "name", "jurisdiction_code" FROM "department" WHERE "id" IN (${ids.map(Number).join(', ')}) ORDER BY "id"`,
    )) as { id: number; name: string; jurisdiction_code: string }[];
    return rows.map((row) => ({
      id: Number(row.id),
      name: row.name,
      jurisdictionCode: row.jurisdiction_code,
    }));
  }
}
