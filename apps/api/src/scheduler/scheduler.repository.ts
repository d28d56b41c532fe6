import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DATED_DEADLINE_KINDS,
  type DeadlineKind,
  OPEN_TASK_STATUSES,
  type TaskStatus,
} from '@bizenv/shared';
import { type EntityManager, In, Repository } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { type TaskDepartmentRole, TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** "各镇" / "各县区": a group is no unit anybody answers for, so it gets no notice or reminder. */
const UNADDRESSABLE_DEPARTMENT_KINDS = ['group'];

/** An open task with a dated deadline and the departments that answer for it. */
export interface DatedTask {
  id: number;
  code: string;
  title: string;
  status: TaskStatus;
  jurisdictionCode: string;
  deadlineKind: DeadlineKind;
  deadlineDate: string;
  /** Its own lead departments, or its parent task's when it names none (a sub-item). */
  leadDepartmentIds: number[];
  /** Lead and support departments, with the same fallback to the parent. */
  departmentIds: number[];
}

interface RawTask {
  id: number | string;
  parentId: number | string | null;
  code: string;
  title: string;
  status: TaskStatus;
  jurisdictionCode: string;
  deadlineKind: DeadlineKind;
  deadlineDate: string;
}

/** What the scheduled jobs read, and the per-job lock that spares a second instance the work. */
@Injectable()
export class SchedulerRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  /**
   * Tries to take the job's lock for the rest of the caller's transaction. PostgreSQL:
   * pg_try_advisory_xact_lock, so another instance running the same job at the same moment
   * gets false at once and skips it (released on commit or rollback, even if the process
   * dies). SQLite has one writer and TransactionRunner queues transactions: always true. The
   * lock only saves work; correctness comes from the dedupe keys (ON CONFLICT DO NOTHING).
   */
  async tryJobLock(manager: EntityManager, jobLockId: number): Promise<boolean> {
    if (manager.connection.options.type !== 'postgres') return true;
    const rows: { locked: boolean }[] = await manager.query(
      'SELECT pg_try_advisory_xact_lock($1, $2) AS locked',
      [JOB_LOCK_NAMESPACE, jobLockId],
    );
    return rows[0]?.locked === true;
  }

  /** Open tasks (未开始 / 推进中) with a dated deadline, every jurisdiction. */
  async findDatedOpenTasks(): Promise<DatedTask[]> {
    const rows = await this.tasks
      .createQueryBuilder('t')
      .innerJoin(PlanEntity, 'p', 'p.id = t.planId')
      .select('t.id', 'id')
      .addSelect('t.parentId', 'parentId')
      .addSelect('t.code', 'code')
      .addSelect('t.title', 'title')
      .addSelect('t.status', 'status')
      .addSelect('p.jurisdictionCode', 'jurisdictionCode')
      .addSelect('t.deadlineKind', 'deadlineKind')
      .addSelect('t.deadlineDate', 'deadlineDate')
      .where('t.status IN (:...statuses)', { statuses: OPEN_TASK_STATUSES })
      .andWhere('t.deadlineKind IN (:...kinds)', { kinds: DATED_DEADLINE_KINDS })
      .andWhere('t.deadlineDate IS NOT NULL')
      .orderBy('t.id')
      .getRawMany<RawTask>();
    const tasks = rows.map((row) => ({
      ...row,
      id: Number(row.id),
      parentId: row.parentId === null ? null : Number(row.parentId),
    }));
    const departments = await this.departmentsOf([
      ...new Set(
        tasks.flatMap((task) => (task.parentId === null ? [task.id] : [task.id, task.parentId])),
      ),
    ]);
    return tasks.map(({ parentId, ...task }) => {
      const own = departments.get(task.id) ?? [];
      const from = own.length > 0 || parentId === null ? own : (departments.get(parentId) ?? []);
      const lead = from.filter((d) => d.role === 'lead').map((d) => d.id);
      return {
        ...task,
        leadDepartmentIds: lead,
        departmentIds: [...new Set(from.map((d) => d.id))],
      };
    });
  }

  /** Codes of the jurisdictions that have plans (and so reports). */
  async findPlanJurisdictions(): Promise<string[]> {
    const rows = await this.tasks.manager
      .createQueryBuilder(PlanEntity, 'p')
      .select('DISTINCT p.jurisdictionCode', 'code')
      .orderBy('code')
      .getRawMany<{ code: string }>();
    return rows.map((row) => row.code);
  }

  /** Addressable departments of each task, in the plan's order. */
  private async departmentsOf(
    taskIds: number[],
  ): Promise<Map<number, { id: number; role: TaskDepartmentRole }[]>> {
    const result = new Map<number, { id: number; role: TaskDepartmentRole }[]>();
    if (taskIds.length === 0) return result;
    const rows = await this.tasks.manager
      .createQueryBuilder(TaskDepartmentEntity, 'td')
      .innerJoin(DepartmentEntity, 'd', 'd.id = td.departmentId')
      .where({ taskId: In(taskIds) })
      .andWhere('d.kind NOT IN (:...kinds)', { kinds: UNADDRESSABLE_DEPARTMENT_KINDS })
      .orderBy('td.taskId')
      .addOrderBy('td.role')
      .addOrderBy('td.order')
      .getMany();
    for (const row of rows) {
      const list = result.get(row.taskId) ?? [];
      list.push({ id: row.departmentId, role: row.role });
      result.set(row.taskId, list);
    }
    return result;
  }
}

/** First key of every advisory lock the scheduler takes (the second is the job). */
const JOB_LOCK_NAMESPACE = 0x62_7a_64; // "bzd"
