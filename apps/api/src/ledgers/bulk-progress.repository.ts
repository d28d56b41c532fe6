import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { PlanEntity } from '../plans/plan.entity.js';
import { ProgressReportEntity } from '../reports/progress-report.entity.js';
import { ReportTargetActualEntity } from '../reports/report-target-actual.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';

/** The plan key and task code of a task: its 任务键 is "planKey#code". */
export interface TaskKeyRow {
  taskId: number;
  planKey: string;
  code: string;
}

/** Reads what the bulk progress workbook shows: keys, targets and the period's reports. */
@Injectable()
export class BulkProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async taskKeys(taskIds: number[]): Promise<TaskKeyRow[]> {
    if (taskIds.length === 0) return [];
    const rows = await this.dataSource.manager
      .createQueryBuilder(TaskEntity, 't')
      .innerJoin(PlanEntity, 'p', 'p.id = t.planId')
      .select('t.id', 'taskId')
      .addSelect('p.key', 'planKey')
      .addSelect('t.code', 'code')
      .where('t.id IN (:...taskIds)', { taskIds })
      .getRawMany<{ taskId: number | string; planKey: string; code: string }>();
    return rows.map((row) => ({ ...row, taskId: Number(row.taskId) }));
  }

  targets(taskIds: number[]): Promise<TargetEntity[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(TargetEntity, {
      where: { taskId: In(taskIds) },
      order: { taskId: 'ASC', order: 'ASC' },
    });
  }

  /** The department's reports of the period (any status). */
  reports(departmentId: number, period: string): Promise<ProgressReportEntity[]> {
    return this.dataSource.manager.find(ProgressReportEntity, { where: { departmentId, period } });
  }

  actuals(reportIds: number[]): Promise<ReportTargetActualEntity[]> {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ReportTargetActualEntity, {
      where: { reportId: In(reportIds) },
    });
  }
}
