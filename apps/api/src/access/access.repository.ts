import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import type { TaskDepartmentRole } from '../tasks/task-department.entity.js';
import { TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** What AccessPolicy reads: the jurisdiction tree and which departments are on a task. */
@Injectable()
export class AccessRepository {
  constructor(
    @InjectRepository(JurisdictionEntity)
    private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectRepository(TaskDepartmentEntity)
    private readonly taskDepartments: Repository<TaskDepartmentEntity>,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
  ) {}

  findJurisdictionTree(): Promise<{ code: string; parentCode: string | null }[]> {
    return this.jurisdictions.find({ select: { code: true, parentCode: true } });
  }

  /** Whether the department is on the task (optionally in that role). */
  isDepartmentOnTask(
    taskId: number,
    departmentId: number,
    role?: TaskDepartmentRole,
  ): Promise<boolean> {
    return this.taskDepartments.existsBy({ taskId, departmentId, ...(role ? { role } : {}) });
  }

  /** Whether the department is on the task's parent: a sub-item is visible with its task. */
  async isDepartmentOnParent(taskId: number, departmentId: number): Promise<boolean> {
    const task = await this.tasks.findOne({
      select: { id: true, parentId: true },
      where: { id: taskId },
    });
    if (!task || task.parentId === null) return false;
    return this.isDepartmentOnTask(task.parentId, departmentId);
  }
}
