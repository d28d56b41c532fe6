import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DepartmentKind } from '@bizenv/shared';
import { type EntityManager, In, Repository } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { PlanEntity } from '../../plans/plan.entity.js';
import {
  type TaskDepartmentRole,
  TaskDepartmentEntity,
} from '../../tasks/task-department.entity.js';
import { TaskEntity } from '../../tasks/task.entity.js';
import type { StatusPrecondition, TaskChanges, TrackedTask } from './tracked-task.js';

interface RawDepartment {
  id: number | string;
  name: string;
  kind: DepartmentKind;
  role: TaskDepartmentRole;
}

/**
 * Reads and writes the `task` rows task tracking changes. Every write is conditional (on the
 * version the client read, or on the status a workflow step starts from) and bumps `version`,
 * so a concurrent writer finds 0 affected rows and gets a conflict instead of overwriting.
 */
@Injectable()
export class TrackedTasksRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  async find(id: number, manager: EntityManager = this.tasks.manager): Promise<TrackedTask | null> {
    const row = await manager.findOneBy(TaskEntity, { id });
    if (!row) return null;
    const [plan, departments] = await Promise.all([
      manager.findOneByOrFail(PlanEntity, { id: row.planId }),
      manager
        .createQueryBuilder(TaskDepartmentEntity, 'td')
        .innerJoin(DepartmentEntity, 'd', 'd.id = td.departmentId')
        .select('d.id', 'id')
        .addSelect('d.name', 'name')
        .addSelect('d.kind', 'kind')
        .addSelect('td.role', 'role')
        .where('td.taskId = :id', { id })
        .orderBy('td.role')
        .addOrderBy('td.order')
        .getRawMany<RawDepartment>(),
    ]);
    return {
      row,
      jurisdictionCode: plan.jurisdictionCode,
      departments: departments.map((d) => ({ ...d, id: Number(d.id) })),
    };
  }

  /**
   * Applies `changes` when the row still matches `precondition`; false when it does not (someone
   * else wrote first, or the task left the status the workflow expected).
   */
  async update(
    manager: EntityManager,
    id: number,
    precondition: StatusPrecondition,
    changes: TaskChanges,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id });
    if ('version' in precondition) query.andWhere('version = :version', precondition);
    else query.andWhere('status = :status', precondition);
    const result = await query.execute();
    return result.affected === 1;
  }

  findRow(manager: EntityManager, id: number): Promise<TaskEntity> {
    return manager.findOneByOrFail(TaskEntity, { id });
  }

  /** Replaces the task's lead and support departments (in the given order). */
  async replaceDepartments(
    manager: EntityManager,
    taskId: number,
    lead: number[],
    support: number[],
  ): Promise<void> {
    await manager.delete(TaskDepartmentEntity, { taskId });
    const rows = [
      ...lead.map((departmentId, order) => ({
        taskId,
        departmentId,
        role: 'lead' as const,
        order,
      })),
      ...support.map((departmentId, order) => ({
        taskId,
        departmentId,
        role: 'support' as const,
        order,
      })),
    ];
    if (rows.length > 0) await manager.insert(TaskDepartmentEntity, rows);
  }

  /** The departments with these ids that belong to the jurisdiction. */
  findDepartmentsIn(jurisdictionCode: string, ids: number[]): Promise<DepartmentEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.tasks.manager.findBy(DepartmentEntity, { id: In(ids), jurisdictionCode });
  }
}
