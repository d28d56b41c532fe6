import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TaskStatus } from '@bizenv/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { IndicatorAssignmentEntity } from '../plans/indicator-assignment.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { ProgressReportEntity } from '../reports/progress-report.entity.js';
import { ReportTargetActualEntity } from '../reports/report-target-actual.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskDepartmentEntity } from '../tasks/task-department.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

export interface LedgerPlan {
  id: number;
  key: string;
  jurisdictionCode: string;
}

export interface LedgerTaskRow {
  id: number;
  code: string;
  title: string;
  body: string;
  status: TaskStatus;
  version: number;
  indicatorName: string | null;
  /** The leader the plan names for the task's indicator (指标长 / 包抓领导). */
  leaderText: string | null;
  deadlinePrinted: string | null;
  deadlineDate: string | null;
  completionPercent: number | null;
}

export interface LedgerDepartmentRow {
  taskId: number;
  name: string;
  role: 'lead' | 'support';
}

export interface LedgerTargetRow {
  taskId: number;
  targetId: number;
  printed: string;
  value: number;
  unit: string;
}

export interface LedgerActualRow {
  targetId: number;
  value: number;
  unit: string;
}

export interface LedgerProgressRow {
  taskId: number;
  workDone: string;
}

/** Reads of a plan's ledger: one query per kind of fact, never an entity graph per task. */
@Injectable()
export class LedgersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findPlan(id: number): Promise<LedgerPlan | null> {
    return this.dataSource.manager.findOne(PlanEntity, {
      where: { id },
      select: { id: true, key: true, jurisdictionCode: true },
    });
  }

  async tasks(planId: number, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager
      .createQueryBuilder(TaskEntity, 't')
      .leftJoin(IndicatorEntity, 'i', 'i.code = t.indicatorCode')
      .leftJoin(
        IndicatorAssignmentEntity,
        'ia',
        'ia.planId = t.planId AND ia.indicatorCode = t.indicatorCode',
      )
      .select([
        't.id AS id',
        't.code AS code',
        't.title AS title',
        't.body AS body',
        't.status AS status',
        't.version AS version',
        'i.name AS "indicatorName"',
        'ia.leaderText AS "leaderText"',
        't.deadlinePrinted AS "deadlinePrinted"',
        't.deadlineDate AS "deadlineDate"',
        't.completionPercent AS "completionPercent"',
      ])
      .where('t.planId = :planId', { planId })
      .orderBy('t.order')
      .getRawMany<LedgerTaskRow>();
    return rows.map((row) => ({
      ...row,
      id: Number(row.id),
      version: Number(row.version),
      completionPercent: row.completionPercent === null ? null : Number(row.completionPercent),
    }));
  }

  async departments(planId: number): Promise<LedgerDepartmentRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(TaskDepartmentEntity, 'td')
      .innerJoin(TaskEntity, 't', 't.id = td.taskId')
      .innerJoin(DepartmentEntity, 'd', 'd.id = td.departmentId')
      .select(['td.taskId AS "taskId"', 'd.name AS name', 'td.role AS role'])
      .where('t.planId = :planId', { planId })
      .orderBy('td.taskId')
      .addOrderBy('td.role')
      .addOrderBy('td.order')
      .getRawMany<LedgerDepartmentRow>();
    return rows.map((row) => ({ ...row, taskId: Number(row.taskId) }));
  }

  async targets(planId: number): Promise<LedgerTargetRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(TargetEntity, 'g')
      .innerJoin(TaskEntity, 't', 't.id = g.taskId')
      .select([
        'g.taskId AS "taskId"',
        'g.id AS "targetId"',
        'g.printed AS printed',
        'g.value AS value',
        'g.unit AS unit',
      ])
      .where('t.planId = :planId', { planId })
      .orderBy('g.taskId')
      .addOrderBy('g.order')
      .getRawMany<LedgerTargetRow>();
    return rows.map((row) => ({
      ...row,
      taskId: Number(row.taskId),
      targetId: Number(row.targetId),
      value: Number(row.value),
    }));
  }

  /** Actual values of accepted reports, newest period first (the caller keeps the first). */
  async actuals(planId: number): Promise<LedgerActualRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ReportTargetActualEntity, 'a')
      .innerJoin(ProgressReportEntity, 'r', 'r.id = a.reportId')
      .innerJoin(TaskEntity, 't', 't.id = r.taskId')
      .select(['a.targetId AS "targetId"', 'a.value AS value', 'a.unit AS unit'])
      .where('t.planId = :planId', { planId })
      .andWhere("r.status = 'accepted'")
      .orderBy('r.period', 'DESC')
      .getRawMany<LedgerActualRow>();
    return rows.map((row) => ({
      ...row,
      targetId: Number(row.targetId),
      value: Number(row.value),
    }));
  }

  /** The lead department's accepted reports, newest period first (the caller keeps the first). */
  async progress(planId: number): Promise<LedgerProgressRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .innerJoin(TaskEntity, 't', 't.id = r.taskId')
      .select(['r.taskId AS "taskId"', 'r.workDone AS "workDone"'])
      .where('t.planId = :planId', { planId })
      .andWhere("r.status = 'accepted'")
      .andWhere("r.role = 'lead'")
      .orderBy('r.period', 'DESC')
      .getRawMany<LedgerProgressRow>();
    return rows.map((row) => ({ ...row, taskId: Number(row.taskId) }));
  }

  /** Writes one task's imported fields when its version is unchanged; false otherwise. */
  async updateTask(
    manager: EntityManager,
    id: number,
    version: number,
    changes: Partial<Pick<TaskEntity, 'title' | 'body' | 'status'>>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .andWhere('version = :version', { version })
      .execute();
    return result.affected === 1;
  }
}
