import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ReportEventKind, ReportRole, ReportStatus } from '@bizenv/shared';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import type { TaskFilter } from '../access/access-policy.service.js';
import type { EntityManager } from '../database/entity-manager.js';
import { insertIgnoringDuplicates } from '../database/insert-ignoring-duplicates.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { TargetEntity } from '../tasks/target.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ProgressReportEntity } from './progress-report.entity.js';
import { ReportAttachmentEntity } from './report-attachment.entity.js';
import { ReportEventEntity } from './report-event.entity.js';
import { ReportTargetActualEntity } from './report-target-actual.entity.js';

/** A report with the names a list shows (task, department, jurisdiction). */
export interface ReportRow {
  report: ProgressReportEntity;
  taskCode: string;
  taskTitle: string;
  jurisdictionCode: string;
  departmentName: string;
}

export interface ReportListFilter {
  period?: string;
  status?: ReportStatus;
  departmentId?: number;
  taskId?: number;
  jurisdictionCode?: string;
  /** Restricts to what the user may read (AccessPolicy.taskFilterFor over alias "t"). */
  access: TaskFilter;
  /** Department users see only their department's reports. */
  onlyDepartmentId: number | null;
  /** Drafts are the department's own business: others never see them. */
  draftsOfDepartmentId: number | null;
  limit: number;
  offset: number;
}

export interface ReportFields {
  workDone: string;
  problems: string;
  nextSteps: string;
  completionPercent: number | null;
}

export interface ActualRow {
  reportId: number;
  targetId: number;
  value: number;
  unit: string;
  metric: string;
  comparator: string;
  targetValue: number;
}

export interface EventRow {
  reportId: number;
  kind: ReportEventKind;
  actorUserId: number;
  actorName: string;
  reason: string | null;
  occurredAt: Date;
}

/** Statuses in which the department may still edit its report. */
const EDITABLE: ReportStatus[] = ['draft', 'returned'];

@Injectable()
export class ReportsRepository {
  constructor(
    @InjectRepository(ProgressReportEntity)
    private readonly reports: Repository<ProgressReportEntity>,
  ) {}

  async findRow(id: number): Promise<ReportRow | null> {
    const rows = await this.rows().where('r.id = :id', { id }).getRawAndEntities();
    return toRows(rows)[0] ?? null;
  }

  async findRowsOfTask(taskId: number): Promise<ReportRow[]> {
    const rows = await this.rows()
      .where('r.taskId = :taskId', { taskId })
      .orderBy('r.period', 'DESC')
      .addOrderBy('r.role', 'ASC')
      .addOrderBy('r.departmentId', 'ASC')
      .getRawAndEntities();
    return toRows(rows);
  }

  async list(filter: ReportListFilter): Promise<{ rows: ReportRow[]; total: number }> {
    const query = this.rows().where(filter.access.where, filter.access.params);
    if (filter.period) query.andWhere('r.period = :period', { period: filter.period });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.departmentId !== undefined) {
      query.andWhere('r.departmentId = :departmentId', { departmentId: filter.departmentId });
    }
    if (filter.taskId !== undefined)
      query.andWhere('r.taskId = :taskId', { taskId: filter.taskId });
    if (filter.jurisdictionCode) {
      query.andWhere('p.jurisdictionCode = :jurisdictionCode', {
        jurisdictionCode: filter.jurisdictionCode,
      });
    }
    if (filter.onlyDepartmentId !== null) {
      query.andWhere('r.departmentId = :onlyDepartmentId', {
        onlyDepartmentId: filter.onlyDepartmentId,
      });
    }
    query.andWhere(
      filter.draftsOfDepartmentId === null
        ? `r.status <> 'draft'`
        : `(r.status <> 'draft' OR r.departmentId = :draftsOf)`,
      { draftsOf: filter.draftsOfDepartmentId },
    );
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('r.period', 'DESC')
      .addOrderBy('r.updatedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawAndEntities();
    return { rows: toRows(rows), total };
  }

  /** The reports of these tasks for one period (report-status computations). */
  findForPeriod(period: string, taskIds: number[]): Promise<ProgressReportEntity[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    return this.reports.find({ where: { period, taskId: In(taskIds) } });
  }

  findById(manager: EntityManager, id: number): Promise<ProgressReportEntity | null> {
    return manager.findOneBy(ProgressReportEntity, { id });
  }

  findByKey(
    manager: EntityManager,
    taskId: number,
    departmentId: number,
    period: string,
  ): Promise<ProgressReportEntity | null> {
    return manager.findOneBy(ProgressReportEntity, { taskId, departmentId, period });
  }

  /** Creates the report; null when another request created the same one first. */
  async insert(
    manager: EntityManager,
    key: {
      taskId: number;
      departmentId: number;
      period: string;
      role: ReportRole;
      createdBy: number;
    },
    fields: ReportFields,
  ): Promise<number | null> {
    const [id] = await insertIgnoringDuplicates(manager, ProgressReportEntity, [
      { ...key, ...fields, status: 'draft', version: 1 },
    ]);
    return id ?? null;
  }

  /** Saves the fields of an editable report still at `expected`; false otherwise. */
  async updateFields(
    manager: EntityManager,
    id: number,
    expected: number,
    fields: ReportFields,
  ): Promise<boolean> {
    return this.conditionalUpdate(manager, id, expected, EDITABLE, fields);
  }

  /**
   * Moves the report from one of `from` to a new status with `changes`, when it is still at
   * version `expected`; false when it is not (stale version or another status).
   */
  conditionalUpdate(
    manager: EntityManager,
    id: number,
    expected: number,
    from: ReportStatus[],
    changes: Partial<ProgressReportEntity>,
  ): Promise<boolean> {
    return manager
      .createQueryBuilder()
      .update(ProgressReportEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :expected', { id, expected })
      .andWhere('status IN (:...from)', { from })
      .execute()
      .then((result) => result.affected === 1);
  }

  async replaceActuals(
    manager: EntityManager,
    reportId: number,
    actuals: { targetId: number; value: number; unit: string }[],
  ): Promise<void> {
    await manager.delete(ReportTargetActualEntity, { reportId });
    if (actuals.length > 0) {
      await manager.insert(
        ReportTargetActualEntity,
        actuals.map((actual) => ({ reportId, ...actual })),
      );
    }
  }

  async findActuals(
    reportIds: number[],
    manager: EntityManager = this.reports.manager,
  ): Promise<ActualRow[]> {
    if (reportIds.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(ReportTargetActualEntity, 'a')
      .innerJoin(TargetEntity, 'g', 'g.id = a.targetId')
      .select('a.reportId', 'reportId')
      .addSelect('a.targetId', 'targetId')
      .addSelect('a.value', 'value')
      .addSelect('a.unit', 'unit')
      .addSelect('g.metric', 'metric')
      .addSelect('g.comparator', 'comparator')
      .addSelect('g.value', 'targetValue')
      .where('a.reportId IN (:...reportIds)', { reportIds })
      .orderBy('a.reportId')
      .addOrderBy('g.order')
      .getRawMany<Record<keyof ActualRow, string | number>>();
    return rows.map((row) => ({
      reportId: Number(row.reportId),
      targetId: Number(row.targetId),
      value: Number(row.value),
      unit: String(row.unit),
      metric: String(row.metric),
      comparator: String(row.comparator),
      targetValue: Number(row.targetValue),
    }));
  }

  async findAttachmentIds(manager: EntityManager, reportId: number): Promise<string[]> {
    const links = await manager.findBy(ReportAttachmentEntity, { reportId });
    return links.map((link) => link.attachmentId);
  }

  async addAttachmentLinks(manager: EntityManager, reportId: number, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.insert(
      ReportAttachmentEntity,
      ids.map((attachmentId) => ({ reportId, attachmentId })),
    );
  }

  async removeAttachmentLinks(
    manager: EntityManager,
    reportId: number,
    ids: string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.delete(ReportAttachmentEntity, { reportId, attachmentId: In(ids) });
  }

  async insertEvent(
    manager: EntityManager,
    event: {
      reportId: number;
      kind: ReportEventKind;
      actorUserId: number;
      reason: string | null;
      occurredAt: Date;
    },
  ): Promise<void> {
    await manager.insert(ReportEventEntity, event);
  }

  async findEvents(reportIds: number[]): Promise<EventRow[]> {
    if (reportIds.length === 0) return [];
    const rows = await this.reports.manager
      .createQueryBuilder(ReportEventEntity, 'e')
      .innerJoin(UserEntity, 'u', 'u.id = e.actorUserId')
      .select(['e.id', 'e.reportId', 'e.kind', 'e.actorUserId', 'e.reason', 'e.occurredAt'])
      .addSelect('u.displayName', 'actorName')
      .where('e.reportId IN (:...reportIds)', { reportIds })
      .orderBy('e.occurredAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((event, index) => ({
      reportId: event.reportId,
      kind: event.kind,
      actorUserId: event.actorUserId,
      actorName: String((rows.raw[index] as { actorName: string }).actorName),
      reason: event.reason,
      occurredAt: event.occurredAt,
    }));
  }

  /** Whether the task has an accepted lead report of a later period than `period`. */
  hasLaterAcceptedLeadReport(
    manager: EntityManager,
    taskId: number,
    period: string,
  ): Promise<boolean> {
    return manager
      .createQueryBuilder(ProgressReportEntity, 'r')
      .where('r.taskId = :taskId', { taskId })
      .andWhere(`r.role = 'lead' AND r.status = 'accepted'`)
      .andWhere('r.period > :period', { period })
      .getExists();
  }

  private rows(): SelectQueryBuilder<ProgressReportEntity> {
    return this.reports
      .createQueryBuilder('r')
      .innerJoin(TaskEntity, 't', 't.id = r.taskId')
      .innerJoin(PlanEntity, 'p', 'p.id = t.planId')
      .innerJoin(DepartmentEntity, 'd', 'd.id = r.departmentId')
      .addSelect('t.code', 'taskCode')
      .addSelect('t.title', 'taskTitle')
      .addSelect('p.jurisdictionCode', 'jurisdictionCode')
      .addSelect('d.name', 'departmentName');
  }
}

function toRows(result: { entities: ProgressReportEntity[]; raw: unknown[] }): ReportRow[] {
  // getRawAndEntities keeps raw rows in entity order when each entity is one row (no joins to many).
  return result.entities.map((report, index) => {
    const raw = result.raw[index] as Record<string, string>;
    return {
      report,
      taskCode: raw.taskCode!,
      taskTitle: raw.taskTitle!,
      jurisdictionCode: raw.jurisdictionCode!,
      departmentName: raw.departmentName!,
    };
  });
}
