import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DepartmentKind, IndicatorCode } from '@bizenv/shared';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { IndicatorAssignmentDepartmentEntity } from './indicator-assignment-department.entity.js';
import { IndicatorAssignmentLeaderEntity } from './indicator-assignment-leader.entity.js';
import { IndicatorAssignmentEntity } from './indicator-assignment.entity.js';
import { PlanPhaseEntity } from './plan-phase.entity.js';
import { PlanSectionEntity } from './plan-section.entity.js';
import { PlanEntity } from './plan.entity.js';

/** A plan's header with its task counts, computed by the database in the same query. */
export interface PlanSummaryRow {
  id: number;
  key: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  parentPlanId: number | null;
  title: string;
  issuer: string;
  documentNumber: string | null;
  issuedDate: string | null;
  year: number;
  taskCount: number;
  itemCount: number;
}

export interface AssignmentDepartmentRow {
  assignmentId: number;
  id: number;
  name: string;
  kind: DepartmentKind;
}

export interface AssignmentLeaderRow {
  assignmentId: number;
  id: number;
  name: string;
  title: string;
}

/** Everything of a plan's detail besides its summary and annexes. */
export interface PlanParts {
  phases: PlanPhaseEntity[];
  sections: PlanSectionEntity[];
  assignments: IndicatorAssignmentEntity[];
  assignmentDepartments: AssignmentDepartmentRow[];
  assignmentLeaders: AssignmentLeaderRow[];
}

type Numeric = number | string;
type RawSummary = Omit<
  PlanSummaryRow,
  'taskCount' | 'itemCount' | 'year' | 'id' | 'parentPlanId'
> & {
  id: Numeric;
  parentPlanId: Numeric | null;
  year: Numeric;
  taskCount: Numeric;
  itemCount: Numeric;
};

@Injectable()
export class PlansRepository {
  constructor(
    @InjectRepository(PlanEntity) private readonly plans: Repository<PlanEntity>,
    @InjectRepository(PlanPhaseEntity) private readonly phases: Repository<PlanPhaseEntity>,
    @InjectRepository(PlanSectionEntity) private readonly sections: Repository<PlanSectionEntity>,
    @InjectRepository(IndicatorAssignmentEntity)
    private readonly assignments: Repository<IndicatorAssignmentEntity>,
  ) {}

  /** Plans of a jurisdiction: each main plan followed by its annexes. */
  async findSummariesByJurisdiction(jurisdictionCode: string): Promise<PlanSummaryRow[]> {
    const rows = await this.summaries()
      .where('p.jurisdictionCode = :jurisdictionCode', { jurisdictionCode })
      .getRawMany<RawSummary>();
    // Sorted here rather than in SQL: a handful of rows, and no driver-specific expressions.
    const family = (plan: PlanSummaryRow) => plan.parentPlanId ?? plan.id;
    return rows
      .map(toSummaryRow)
      .sort(
        (a, b) =>
          family(a) - family(b) ||
          Number(a.parentPlanId !== null) - Number(b.parentPlanId !== null) ||
          a.id - b.id,
      );
  }

  async findSummaryById(id: number): Promise<PlanSummaryRow | null> {
    const row = await this.summaries().where('p.id = :id', { id }).getRawOne<RawSummary>();
    return row ? toSummaryRow(row) : null;
  }

  async findAnnexSummaries(parentPlanId: number): Promise<PlanSummaryRow[]> {
    const rows = await this.summaries()
      .where('p.parentPlanId = :parentPlanId', { parentPlanId })
      .getRawMany<RawSummary>();
    return rows.map(toSummaryRow);
  }

  async exists(id: number): Promise<boolean> {
    return this.plans.existsBy({ id });
  }

  async findParts(planId: number): Promise<PlanParts> {
    const [phases, sections, assignments, assignmentDepartments, assignmentLeaders] =
      await Promise.all([
        this.phases.find({ where: { planId }, order: { order: 'ASC' } }),
        this.sections.find({ where: { planId }, order: { order: 'ASC', id: 'ASC' } }),
        this.assignments.find({ where: { planId }, order: { order: 'ASC' } }),
        this.findAssignmentDepartments(planId),
        this.findAssignmentLeaders(planId),
      ]);
    return { phases, sections, assignments, assignmentDepartments, assignmentLeaders };
  }

  /** The assignment of an indicator in a plan with its leaders, or null when the plan has none. */
  async findAssignment(
    planId: number,
    indicatorCode: IndicatorCode,
  ): Promise<{ assignment: IndicatorAssignmentEntity; leaders: AssignmentLeaderRow[] } | null> {
    const assignment = await this.assignments.findOneBy({ planId, indicatorCode });
    if (!assignment) return null;
    const leaders = await this.assignmentLeaders()
      .where('al.assignmentId = :assignmentId', { assignmentId: assignment.id })
      .getRawMany<AssignmentLeaderRow>();
    return { assignment, leaders };
  }

  private summaries(): SelectQueryBuilder<PlanEntity> {
    return (
      this.plans
        .createQueryBuilder('p')
        .select('p.id', 'id')
        .addSelect('p.key', 'key')
        .addSelect('p.jurisdictionCode', 'jurisdictionCode')
        .addSelect('j.name', 'jurisdictionName')
        .addSelect('p.parentPlanId', 'parentPlanId')
        .addSelect('p.title', 'title')
        .addSelect('p.issuer', 'issuer')
        .addSelect('p.documentNumber', 'documentNumber')
        .addSelect('p.issuedDate', 'issuedDate')
        .addSelect('p.year', 'year')
        // Top-level tasks and all rows in one pass over the plan's tasks (no query per plan).
        .addSelect('COUNT(CASE WHEN t.parentId IS NULL THEN t.id END)', 'taskCount')
        .addSelect('COUNT(t.id)', 'itemCount')
        .innerJoin(JurisdictionEntity, 'j', 'j.code = p.jurisdictionCode')
        .leftJoin(TaskEntity, 't', 't.planId = p.id')
        .groupBy('p.id')
        .addGroupBy('j.code')
        .orderBy('p.id')
    );
  }

  private findAssignmentDepartments(planId: number): Promise<AssignmentDepartmentRow[]> {
    return this.assignments.manager
      .createQueryBuilder(IndicatorAssignmentDepartmentEntity, 'ad')
      .select('ad.assignmentId', 'assignmentId')
      .addSelect('d.id', 'id')
      .addSelect('d.name', 'name')
      .addSelect('d.kind', 'kind')
      .innerJoin(IndicatorAssignmentEntity, 'a', 'a.id = ad.assignmentId')
      .innerJoin(DepartmentEntity, 'd', 'd.id = ad.departmentId')
      .where('a.planId = :planId', { planId })
      .orderBy('ad.assignmentId')
      .addOrderBy('ad.order')
      .getRawMany<AssignmentDepartmentRow>();
  }

  private findAssignmentLeaders(planId: number): Promise<AssignmentLeaderRow[]> {
    return this.assignmentLeaders()
      .innerJoin(IndicatorAssignmentEntity, 'a', 'a.id = al.assignmentId')
      .where('a.planId = :planId', { planId })
      .getRawMany<AssignmentLeaderRow>();
  }

  private assignmentLeaders(): SelectQueryBuilder<IndicatorAssignmentLeaderEntity> {
    return this.assignments.manager
      .createQueryBuilder(IndicatorAssignmentLeaderEntity, 'al')
      .select('al.assignmentId', 'assignmentId')
      .addSelect('l.id', 'id')
      .addSelect('l.name', 'name')
      .addSelect('l.title', 'title')
      .innerJoin(LeaderEntity, 'l', 'l.id = al.leaderId')
      .orderBy('al.assignmentId')
      .addOrderBy('al.order');
  }
}

// PostgreSQL returns COUNT as a bigint string; normalise every number the same way.
function toSummaryRow(raw: RawSummary): PlanSummaryRow {
  return {
    ...raw,
    id: Number(raw.id),
    parentPlanId: raw.parentPlanId === null ? null : Number(raw.parentPlanId),
    year: Number(raw.year),
    taskCount: Number(raw.taskCount),
    itemCount: Number(raw.itemCount),
  };
}
