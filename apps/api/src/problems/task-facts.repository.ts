import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TaskStatus } from '@bizenv/shared';
import { Repository } from 'typeorm';
import { PlanEntity } from '../plans/plan.entity.js';
import { type TaskDepartmentRole, TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** What problems and notices need to know of a task: where it is and who works on it. */
export interface TaskFacts {
  id: number;
  code: string;
  title: string;
  status: TaskStatus;
  jurisdictionCode: string;
  departments: { id: number; role: TaskDepartmentRole }[];
}

@Injectable()
export class TaskFactsRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  async find(taskId: number): Promise<TaskFacts | null> {
    const row = await this.tasks
      .createQueryBuilder('t')
      .innerJoin(PlanEntity, 'plan', 'plan.id = t.planId')
      .select('t.id', 'id')
      .addSelect('t.code', 'code')
      .addSelect('t.title', 'title')
      .addSelect('t.status', 'status')
      .addSelect('plan.jurisdictionCode', 'jurisdictionCode')
      .where('t.id = :taskId', { taskId })
      .getRawOne<Omit<TaskFacts, 'departments' | 'id'> & { id: number | string }>();
    if (!row) return null;
    const departments = await this.tasks.manager.find(TaskDepartmentEntity, {
      where: { taskId },
      order: { role: 'ASC', order: 'ASC' },
    });
    return {
      ...row,
      id: Number(row.id),
      departments: departments.map((d) => ({ id: d.departmentId, role: d.role })),
    };
  }
}
