import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { REPORTING_TASK_STATUSES, type ReportRole, type TaskStatus } from '@bizenv/shared';
import { Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** A task as reporting needs it: status, jurisdiction, departments and targets. */
export interface ReportTask {
  id: number;
  code: string;
  title: string;
  status: TaskStatus;
  jurisdictionCode: string;
  completionPercent: number | null;
  departments: { id: number; role: ReportRole }[];
  targets: TargetEntity[];
}

/** One report a department owes: an open task it is on, in its role there. */
export interface ObligationRow {
  taskId: number;
  taskCode: string;
  taskTitle: string;
  taskStatus: TaskStatus;
  jurisdictionCode: string;
  departmentId: number;
  departmentName: string;
  role: ReportRole;
}

interface RawObligation extends Omit<ObligationRow, 'taskId' | 'departmentId' | 'role'> {
  taskId: number | string;
  departmentId: number | string;
  leadCount: number | string;
}

/** Department kinds that are no real unit ("各镇各部门", "县级相关部门"): nobody can report for them. */
const NON_REPORTING_DEPARTMENT_KINDS = ['group'];

/** Reads tasks for reporting and writes the task's completion when a lead report is accepted. */
@Injectable()
export class ReportTasksRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  async find(id: number, manager: EntityManager = this.tasks.manager): Promise<ReportTask | null> {
    const task = await manager.findOneBy(TaskEntity, { id });
    if (!task) return null;
    const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
    const [departments, targets] = await Promise.all([
      manager.find(TaskDepartmentEntity, {
        where: { taskId: id },
        order: { role: 'ASC', order: 'ASC' },
      }),
      manager.find(TargetEntity, { where: { taskId: id }, order: { order: 'ASC' } }),
    ]);
    // A department listed both as lead and support reports as the lead.
    const roles = new Map<number, ReportRole>();
    for (const { departmentId, role } of departments) {
      if (role === 'lead' || !roles.has(departmentId)) roles.set(departmentId, role);
    }
    return {
      id: task.id,
      code: task.code,
      title: task.title,
      status: task.status,
      completionPercent: task.completionPercent,
      jurisdictionCode: plan.jurisdictionCode,
      departments: [...roles].map(([departmentId, role]) => ({ id: departmentId, role })),
      targets,
    };
  }

  /**
   * Every (open task, department) pair of the jurisdictions, optionally of one department: the
   * reports expected for a period. Group pseudo-departments are left out.
   */
  async findObligations(
    jurisdictionCodes: string[],
    departmentId?: number,
  ): Promise<ObligationRow[]> {
    if (jurisdictionCodes.length === 0) return [];
    const query = this.tasks.manager
      .createQueryBuilder(TaskDepartmentEntity, 'td')
      .innerJoin(TaskEntity, 't', 't.id = td.taskId')
      .innerJoin(PlanEntity, 'p', 'p.id = t.planId')
      .innerJoin(DepartmentEntity, 'd', 'd.id = td.departmentId')
      .select('t.id', 'taskId')
      .addSelect('t.code', 'taskCode')
      .addSelect('t.title', 'taskTitle')
      .addSelect('t.status', 'taskStatus')
      .addSelect('p.jurisdictionCode', 'jurisdictionCode')
      .addSelect('d.id', 'departmentId')
      .addSelect('d.name', 'departmentName')
      .addSelect(`SUM(CASE WHEN td.role = 'lead' THEN 1 ELSE 0 END)`, 'leadCount')
      .where('p.jurisdictionCode IN (:...jurisdictionCodes)', { jurisdictionCodes })
      .andWhere('t.status IN (:...statuses)', { statuses: REPORTING_TASK_STATUSES })
      .andWhere('d.kind NOT IN (:...kinds)', { kinds: NON_REPORTING_DEPARTMENT_KINDS })
      .groupBy('t.id')
      .addGroupBy('t.code')
      .addGroupBy('t.title')
      .addGroupBy('t.status')
      .addGroupBy('t.order')
      .addGroupBy('t.planId')
      .addGroupBy('p.jurisdictionCode')
      .addGroupBy('d.id')
      .addGroupBy('d.name')
      .orderBy('d.id')
      .addOrderBy('t.planId')
      .addOrderBy('t.order')
      .addOrderBy('t.id');
    if (departmentId !== undefined)
      query.andWhere('td.departmentId = :departmentId', { departmentId });
    const rows = await query.getRawMany<RawObligation>();
    return rows.map(({ leadCount, ...row }) => ({
      ...row,
      taskId: Number(row.taskId),
      departmentId: Number(row.departmentId),
      role: Number(leadCount) > 0 ? 'lead' : 'support',
    }));
  }

  /**
   * Sets the task's completion from an accepted lead report and, when the task has not started,
   * starts it. Bumps the version like every task write. Returns the values it had before.
   */
  async applyAcceptedCompletion(
    manager: EntityManager,
    taskId: number,
    completionPercent: number | null,
  ): Promise<{ status: TaskStatus; completionPercent: number | null }> {
    const task = await manager.findOneByOrFail(TaskEntity, { id: taskId });
    const status: TaskStatus = task.status === 'not_started' ? 'in_progress' : task.status;
    await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ completionPercent, status, version: () => 'version + 1' })
      .where('id = :taskId', { taskId })
      .execute();
    return { status: task.status, completionPercent: task.completionPercent };
  }
}
