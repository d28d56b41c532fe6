import { Injectable } from '@nestjs/common';
import { INDICATORS, type SeedCatalog, type SeedPlan, type SeedTask } from '@bizenv/shared';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsSelect,
  type ObjectLiteral,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DepartmentAliasEntity } from '../departments/department-alias.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { IndicatorAssignmentDepartmentEntity } from '../plans/indicator-assignment-department.entity.js';
import { IndicatorAssignmentLeaderEntity } from '../plans/indicator-assignment-leader.entity.js';
import { IndicatorAssignmentEntity } from '../plans/indicator-assignment.entity.js';
import { PlanPhaseEntity } from '../plans/plan-phase.entity.js';
import { PlanSectionEntity } from '../plans/plan-section.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskDepartmentEntity, type TaskDepartmentRole } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import type { SeedBundle } from './seed-files.js';

/** What one seeding inserted, for the start-up log. */
export interface SeedCounts {
  jurisdictions: number;
  departments: number;
  plans: number;
  tasks: number;
}

/**
 * Rows per INSERT statement: keeps the bound parameters far below SQLite's 32 766 and
 * PostgreSQL's 65 535 per statement while still inserting hundreds of rows at once.
 */
const ROWS_PER_INSERT = 500;

@Injectable()
export class SeedingRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async hasPlans(): Promise<boolean> {
    return this.dataSource.getRepository(PlanEntity).exists();
  }

  /** Inserts the whole bundle in one transaction: either all of it is there, or none. */
  insertBundle(bundle: SeedBundle): Promise<SeedCounts> {
    return this.transactions.run((manager) => new SeedWriter(manager).write(bundle));
  }
}

/** Natural key → generated id, filled after each bulk insert by reading the ids back. */
type IdMap = Map<string, number>;
const key = (...parts: (string | number)[]) => parts.join('\u0000');

/**
 * Writes a bundle with multi-row INSERTs, table by table, parents before children. Generated
 * ids are read back by natural key (unique indexes) after each table, which works the same on
 * both databases; RETURNING would not (TypeORM's SQLite driver does not use it).
 */
export class SeedWriter {
  private departmentIds: IdMap = new Map();
  private leaderIds: IdMap = new Map();
  private planIds: IdMap = new Map();

  constructor(private readonly manager: EntityManager) {}

  async write({ catalog, plans }: SeedBundle): Promise<SeedCounts> {
    const planList = plans.map((file) => file.plan);
    await this.writeIndicators();
    await this.writeCatalog(catalog);
    const taskCount = await this.writePlanSet(planList);
    return {
      jurisdictions: catalog.jurisdictions.length,
      departments: this.departmentIds.size,
      plans: planList.length,
      tasks: taskCount,
    };
  }

  /**
   * Writes plans whose departments and leaders already exist (an imported plan after its new
   * units were inserted): the same code path as the seeds. Returns the created plans' ids.
   */
  async writeImportedPlans(plans: SeedPlan[]): Promise<{ planIds: number[]; tasks: number }> {
    this.departmentIds = await this.idsBy(DepartmentEntity, ['jurisdictionCode', 'name'], (d) =>
      key(d.jurisdictionCode, d.name),
    );
    this.leaderIds = await this.idsBy(LeaderEntity, ['jurisdictionCode', 'name'], (l) =>
      key(l.jurisdictionCode, l.name),
    );
    const tasks = await this.writePlanSet(plans);
    return { planIds: plans.map((plan) => this.planId(plan)), tasks };
  }

  /** Plans with their phases, sections, assignments, tasks, units and targets; the task count. */
  private async writePlanSet(plans: SeedPlan[]): Promise<number> {
    await this.writePlans(plans);
    await this.writeAssignments(plans);
    return this.writeTasks(plans);
  }

  private async writeIndicators(): Promise<void> {
    const indicators = parentsFirst(
      INDICATORS,
      (indicator) => indicator.code,
      (indicator) => indicator.parentCode,
    );
    await this.insert(
      IndicatorEntity,
      indicators.map(({ code, name, parentCode, order }) => ({ code, name, parentCode, order })),
    );
  }

  private async writeCatalog(catalog: SeedCatalog): Promise<void> {
    const jurisdictions = parentsFirst(
      catalog.jurisdictions,
      (j) => j.code,
      (j) => j.parentCode,
    );
    await this.insert(
      JurisdictionEntity,
      jurisdictions.map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode })),
    );

    await this.insert(
      DepartmentEntity,
      jurisdictions.flatMap((j) =>
        j.departments.map(({ name, kind }) => ({ jurisdictionCode: j.code, name, kind })),
      ),
    );
    this.departmentIds = await this.idsBy(DepartmentEntity, ['jurisdictionCode', 'name'], (d) =>
      key(d.jurisdictionCode, d.name),
    );
    await this.insert(
      DepartmentAliasEntity,
      jurisdictions.flatMap((j) =>
        j.departments.flatMap((department) =>
          department.aliases.map((alias, order) => ({
            departmentId: this.departmentId(j.code, department.name),
            alias,
            order,
          })),
        ),
      ),
    );

    await this.insert(
      LeaderEntity,
      jurisdictions.flatMap((j) =>
        j.leaders.map(({ name, title }) => ({ jurisdictionCode: j.code, name, title })),
      ),
    );
    this.leaderIds = await this.idsBy(LeaderEntity, ['jurisdictionCode', 'name'], (l) =>
      key(l.jurisdictionCode, l.name),
    );
  }

  /** Plans with their phases and sections; main plans first, so annexes can point at them. */
  private async writePlans(plans: SeedPlan[]): Promise<void> {
    await this.insert(
      PlanEntity,
      plans.filter((plan) => plan.parentPlanKey === null).map((plan) => planRow(plan, null)),
    );
    this.planIds = await this.idsBy(PlanEntity, ['key'], (p) => p.key);
    await this.insert(
      PlanEntity,
      plans
        .filter((plan) => plan.parentPlanKey !== null)
        .map((plan) => planRow(plan, lookup(this.planIds, plan.parentPlanKey!))),
    );
    this.planIds = await this.idsBy(PlanEntity, ['key'], (p) => p.key);

    await this.insert(
      PlanPhaseEntity,
      plans.flatMap((plan) =>
        plan.phases.map((phase, order) => ({
          planId: this.planId(plan),
          name: phase.name,
          startDate: phase.start,
          endDate: phase.end,
          printed: phase.printed,
          order,
        })),
      ),
    );
    await this.insert(
      PlanSectionEntity,
      plans.flatMap((plan) =>
        plan.sections.map((section) => ({
          planId: this.planId(plan),
          code: section.code,
          title: section.title,
          parentCode: section.parentCode,
          indicatorCode: section.indicator,
          order: section.order,
        })),
      ),
    );
  }

  private async writeAssignments(plans: SeedPlan[]): Promise<void> {
    await this.insert(
      IndicatorAssignmentEntity,
      plans.flatMap((plan) =>
        plan.indicatorAssignments.map((assignment, order) => ({
          planId: this.planId(plan),
          indicatorCode: assignment.indicator,
          leaderText: assignment.leaderText,
          printed: assignment.printed,
          order,
        })),
      ),
    );
    const assignmentIds = await this.idsBy(
      IndicatorAssignmentEntity,
      ['planId', 'indicatorCode'],
      (a) => key(a.planId, a.indicatorCode),
    );
    const assignments = plans.flatMap((plan) =>
      plan.indicatorAssignments.map((assignment) => ({
        plan,
        assignment,
        id: lookup(assignmentIds, key(this.planId(plan), assignment.indicator)),
      })),
    );
    await this.insert(
      IndicatorAssignmentDepartmentEntity,
      assignments.flatMap(({ plan, assignment, id }) =>
        assignment.leadDepartments.map((name, order) => ({
          assignmentId: id,
          departmentId: this.departmentId(plan.jurisdictionCode, name),
          order,
        })),
      ),
    );
    await this.insert(
      IndicatorAssignmentLeaderEntity,
      assignments.flatMap(({ plan, assignment, id }) =>
        assignment.leaders.map((name, order) => ({
          assignmentId: id,
          leaderId: lookup(this.leaderIds, key(plan.jurisdictionCode, name)),
          order,
        })),
      ),
    );
  }

  /** Tasks, then their departments and targets; returns the number of tasks. */
  private async writeTasks(plans: SeedPlan[]): Promise<number> {
    const taskIds = await this.insertTaskRows(plans);
    const tasks = plans.flatMap((plan) =>
      plan.tasks.map((task) => ({
        plan,
        task,
        id: lookup(taskIds, key(this.planId(plan), task.code)),
      })),
    );
    const departmentRows = (
      plan: SeedPlan,
      taskId: number,
      names: string[],
      role: TaskDepartmentRole,
    ) =>
      names.map((name, order) => ({
        taskId,
        departmentId: this.departmentId(plan.jurisdictionCode, name),
        role,
        order,
      }));
    await this.insert(
      TaskDepartmentEntity,
      tasks.flatMap(({ plan, task, id }) => [
        ...departmentRows(plan, id, task.leadDepartments, 'lead'),
        ...departmentRows(plan, id, task.supportDepartments, 'support'),
      ]),
    );
    await this.insert(
      TargetEntity,
      tasks.flatMap(({ task, id }) =>
        task.targets.map((target, order) => ({ taskId: id, ...target, order })),
      ),
    );
    return tasks.length;
  }

  /** Task rows level by level (top-level tasks, then their sub-items…), so parents have ids. */
  private async insertTaskRows(plans: SeedPlan[]): Promise<IdMap> {
    const levels: { plan: SeedPlan; task: SeedTask }[][] = [];
    for (const plan of plans) {
      const byCode = new Map(plan.tasks.map((task) => [task.code, task]));
      for (const task of plan.tasks) {
        let depth = 0;
        for (
          let parent = task.parentCode;
          parent !== null;
          parent = byCode.get(parent)?.parentCode ?? null
        ) {
          depth++;
        }
        (levels[depth] ??= []).push({ plan, task });
      }
    }
    let ids: IdMap = new Map();
    for (const level of levels) {
      await this.insert(
        TaskEntity,
        level.map(({ plan, task }) => ({
          planId: this.planId(plan),
          parentId:
            task.parentCode === null ? null : lookup(ids, key(this.planId(plan), task.parentCode)),
          code: task.code,
          kind: task.kind,
          sectionCode: task.sectionCode,
          title: task.title,
          body: task.body,
          indicatorCode: task.indicator,
          ...deadlineColumns(task.deadline),
          attribution: task.attribution,
          order: task.order,
        })),
      );
      ids = await this.idsBy(TaskEntity, ['planId', 'code'], (t) => key(t.planId, t.code));
    }
    return ids;
  }

  private planId(plan: SeedPlan): number {
    return lookup(this.planIds, plan.key);
  }

  private departmentId(jurisdictionCode: string, name: string): number {
    return lookup(this.departmentIds, key(jurisdictionCode, name));
  }

  private async insert<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    rows: QueryDeepPartialEntity<T>[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await this.manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        // The seed needs no generated values back on the row objects: ids are read by key.
        .updateEntity(false)
        .execute();
    }
  }

  /** Reads back generated ids, selecting only the id and the natural-key columns. */
  private async idsBy<T extends { id: number }, K extends keyof T & string>(
    entity: EntityTarget<T>,
    keyColumns: K[],
    keyOf: (row: Pick<T, K | 'id'>) => string,
  ): Promise<IdMap> {
    const select = Object.fromEntries(
      ['id', ...keyColumns].map((column) => [column, true]),
    ) as FindOptionsSelect<T>;
    const rows = await this.manager.getRepository(entity).find({ select });
    return new Map(rows.map((row) => [keyOf(row), row.id]));
  }
}

function planRow(plan: SeedPlan, parentPlanId: number | null): QueryDeepPartialEntity<PlanEntity> {
  return {
    key: plan.key,
    jurisdictionCode: plan.jurisdictionCode,
    parentPlanId,
    title: plan.title,
    issuer: plan.issuer,
    documentNumber: plan.documentNumber,
    issuedDate: plan.issuedDate,
    year: plan.year,
    sourceFile: plan.source.file,
    sourceAnnex: plan.source.annex,
  };
}

function deadlineColumns(
  deadline: SeedTask['deadline'],
): Pick<TaskEntity, 'deadlineKind' | 'deadlineDate' | 'deadlinePhase' | 'deadlinePrinted'> {
  return {
    deadlineKind: deadline.kind,
    deadlineDate: 'date' in deadline ? deadline.date : null,
    deadlinePhase: deadline.kind === 'phase' ? deadline.phase : null,
    deadlinePrinted: deadline.printed,
  };
}

/** Orders items so each comes after its parent (parents are in the same list or absent). */
function parentsFirst<T>(
  items: readonly T[],
  codeOf: (item: T) => string,
  parentOf: (item: T) => string | null,
): T[] {
  const byCode = new Map(items.map((item) => [codeOf(item), item]));
  const depth = (item: T): number => {
    const parent = parentOf(item);
    const parentItem = parent === null ? undefined : byCode.get(parent);
    return parentItem ? depth(parentItem) + 1 : 0;
  };
  return [...items].sort((a, b) => depth(a) - depth(b));
}

function lookup(ids: IdMap, naturalKey: string): number {
  const id = ids.get(naturalKey);
  // The reference check ran before the transaction: reaching this is a bug, not bad data.
  if (id === undefined)
    throw new Error(`seed: no id for ${naturalKey.replaceAll('\u0000', ' / ')}`);
  return id;
}
