import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DepartmentKind } from '@bizenv/shared';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { TargetEntity } from './target.entity.js';
import { type TaskDepartmentRole, TaskDepartmentEntity } from './task-department.entity.js';
import { TaskEntity } from './task.entity.js';

/** A department of a task, with its role and the department's own fields. */
export interface TaskDepartmentRow {
  taskId: number;
  role: TaskDepartmentRole;
  id: number;
  name: string;
  kind: DepartmentKind;
}

type RawTaskDepartmentRow = Omit<TaskDepartmentRow, 'taskId' | 'id'> & {
  taskId: number | string;
  id: number | string;
};

/**
 * Reads tasks a plan or a task at a time: the rows, their departments and their targets are
 * three queries whatever the number of tasks, and the caller assembles them in memory.
 */
@Injectable()
export class TasksRepository {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TargetEntity) private readonly targets: Repository<TargetEntity>,
  ) {}

  findByPlan(planId: number): Promise<TaskEntity[]> {
    return this.tasks.find({ where: { planId }, order: { order: 'ASC', id: 'ASC' } });
  }

  async findDepartmentsByPlan(planId: number): Promise<TaskDepartmentRow[]> {
    const rows = await this.departmentRows()
      .innerJoin(TaskEntity, 't', 't.id = td.taskId')
      .where('t.planId = :planId', { planId })
      .getRawMany<RawTaskDepartmentRow>();
    return rows.map(toDepartmentRow);
  }

  findTargetsByPlan(planId: number): Promise<TargetEntity[]> {
    return this.targets
      .createQueryBuilder('g')
      .innerJoin(TaskEntity, 't', 't.id = g.taskId')
      .where('t.planId = :planId', { planId })
      .orderBy('g.taskId')
      .addOrderBy('g.order')
      .getMany();
  }

  findById(id: number): Promise<TaskEntity | null> {
    return this.tasks.findOneBy({ id });
  }

  findChildren(parentId: number): Promise<TaskEntity[]> {
    return this.tasks.find({ where: { parentId }, order: { order: 'ASC', id: 'ASC' } });
  }

  async findDepartmentsByTasks(taskIds: number[]): Promise<TaskDepartmentRow[]> {
    const rows = await this.departmentRows()
      .where('td.taskId IN (:...taskIds)', { taskIds })
      .getRawMany<RawTaskDepartmentRow>();
    return rows.map(toDepartmentRow);
  }

  findTargetsByTasks(taskIds: number[]): Promise<TargetEntity[]> {
    return this.targets.find({
      where: { taskId: In(taskIds) },
      order: { taskId: 'ASC', order: 'ASC' },
    });
  }

  private departmentRows(): SelectQueryBuilder<TaskDepartmentEntity> {
    return this.tasks.manager
      .createQueryBuilder(TaskDepartmentEntity, 'td')
      .select('td.taskId', 'taskId')
      .addSelect('td.role', 'role')
      .addSelect('d.id', 'id')
      .addSelect('d.name', 'name')
      .addSelect('d.kind', 'kind')
      .innerJoin(DepartmentEntity, 'd', 'd.id = td.departmentId')
      .orderBy('td.taskId')
      .addOrderBy('td.order');
  }
}

function toDepartmentRow(raw: RawTaskDepartmentRow): TaskDepartmentRow {
  return { ...raw, taskId: Number(raw.taskId), id: Number(raw.id) };
}
