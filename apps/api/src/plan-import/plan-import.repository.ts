import { Injectable } from '@nestjs/common';
import type { DepartmentKind, NameCatalog, SeedPlan } from '@bizenv/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DepartmentAliasEntity } from '../departments/department-alias.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { SeedWriter } from '../seeding/seeding.repository.js';
import { PlanImportDraftEntity } from './plan-import-draft.entity.js';

/** The rows a commit adds besides the plans. */
export interface CommitRows {
  jurisdictionCode: string;
  newDepartments: { name: string; kind: DepartmentKind }[];
  newLeaders: { name: string; title: string }[];
  plans: SeedPlan[];
}

@Injectable()
export class PlanImportRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The jurisdiction's departments (with aliases and ids) and leaders, for the parser. */
  async catalog(
    jurisdictionCode: string,
  ): Promise<NameCatalog & { departmentIds: Map<string, number> }> {
    const departments = await this.dataSource.getRepository(DepartmentEntity).find({
      where: { jurisdictionCode },
      order: { id: 'ASC' },
    });
    const aliases = await this.dataSource
      .getRepository(DepartmentAliasEntity)
      .createQueryBuilder('alias')
      .innerJoin(DepartmentEntity, 'department', 'department.id = alias.departmentId')
      .where('department.jurisdictionCode = :jurisdictionCode', { jurisdictionCode })
      .orderBy('alias.order', 'ASC')
      .getMany();
    const leaders = await this.dataSource
      .getRepository(LeaderEntity)
      .find({ where: { jurisdictionCode }, order: { id: 'ASC' } });
    return {
      departments: departments.map((d) => ({
        name: d.name,
        kind: d.kind,
        aliases: aliases.filter((a) => a.departmentId === d.id).map((a) => a.alias),
      })),
      leaders: leaders.map(({ name, title }) => ({ name, title })),
      departmentIds: new Map(departments.map((d) => [d.name, d.id])),
    };
  }

  async findDepartment(id: number): Promise<DepartmentEntity | null> {
    return this.dataSource.getRepository(DepartmentEntity).findOneBy({ id });
  }

  /** Whether the jurisdiction has a plan with this document number (or, without one, title). */
  async planExists(jurisdictionCode: string, plan: SeedPlan): Promise<boolean> {
    const where =
      plan.documentNumber === null
        ? { jurisdictionCode, title: plan.title }
        : { jurisdictionCode, documentNumber: plan.documentNumber };
    return this.dataSource.getRepository(PlanEntity).existsBy(where);
  }

  async insertDraft(row: Partial<PlanImportDraftEntity>): Promise<number> {
    const result = await this.dataSource
      .getRepository(PlanImportDraftEntity)
      .insert({ ...row, version: 1 });
    return (result.identifiers[0] as { id: number }).id;
  }

  findDraft(id: number): Promise<PlanImportDraftEntity | null> {
    return this.dataSource.getRepository(PlanImportDraftEntity).findOneBy({ id });
  }

  /** Saves edited content if the draft is still at `version`; false when it moved on. */
  async updateDraft(id: number, version: number, content: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(PlanImportDraftEntity)
      .set({ content, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async deleteDraft(id: number): Promise<void> {
    await this.dataSource.getRepository(PlanImportDraftEntity).delete({ id });
  }

  /**
   * New departments and leaders, then the plans through the seeding writer, then the draft is
   * removed: one transaction, so a failure anywhere leaves neither the plan nor a half of it.
   */
  commit(draftId: number, rows: CommitRows): Promise<{ planIds: number[]; tasks: number }> {
    return this.transactions.run(async (manager) => {
      await this.insertCatalogRows(manager, rows);
      const written = await new SeedWriter(manager).writeImportedPlans(rows.plans);
      await manager.getRepository(PlanImportDraftEntity).delete({ id: draftId });
      return written;
    });
  }

  private async insertCatalogRows(manager: EntityManager, rows: CommitRows): Promise<void> {
    const { jurisdictionCode } = rows;
    if (rows.newDepartments.length > 0) {
      await manager
        .getRepository(DepartmentEntity)
        .insert(rows.newDepartments.map((d) => ({ jurisdictionCode, name: d.name, kind: d.kind })));
    }
    if (rows.newLeaders.length > 0) {
      await manager
        .getRepository(LeaderEntity)
        .insert(rows.newLeaders.map((l) => ({ jurisdictionCode, name: l.name, title: l.title })));
    }
  }
}
