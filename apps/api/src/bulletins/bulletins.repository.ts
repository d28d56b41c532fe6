import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { BulletinPeriodKind } from '@bizenv/shared';
import { In, Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { insertIgnoringDuplicates } from '../database/insert-ignoring-duplicates.js';
import { BulletinDepartmentEntity } from './bulletin-department.entity.js';
import { BulletinEntity } from './bulletin.entity.js';

export type BulletinContent = Pick<
  BulletinEntity,
  | 'title'
  | 'figuresJson'
  | 'generatedBy'
  | 'generatedAt'
  | 'docxStorageKey'
  | 'docxSha256'
  | 'docxSize'
  | 'xlsxStorageKey'
  | 'xlsxSha256'
  | 'xlsxSize'
>;

export interface BulletinDepartmentRow {
  bulletinId: number;
  departmentId: number;
  departmentName: string;
  reason: string;
}

/** Relations every response needs: the jurisdiction's name and the users' names. */
const WITH_NAMES = { jurisdiction: true, generator: true, publisher: true } as const;

@Injectable()
export class BulletinsRepository {
  constructor(
    @InjectRepository(BulletinEntity) private readonly bulletins: Repository<BulletinEntity>,
  ) {}

  findById(
    id: number,
    manager: EntityManager = this.bulletins.manager,
  ): Promise<BulletinEntity | null> {
    return manager.findOne(BulletinEntity, { where: { id }, relations: WITH_NAMES });
  }

  findByPeriod(
    jurisdictionCode: string,
    periodKind: BulletinPeriodKind,
    period: string,
    manager: EntityManager = this.bulletins.manager,
  ): Promise<BulletinEntity | null> {
    return manager.findOneBy(BulletinEntity, { jurisdictionCode, periodKind, period });
  }

  /** A jurisdiction's bulletins, newest period first (without the figures: lists stay small). */
  list(jurisdictionCode: string): Promise<BulletinEntity[]> {
    return this.bulletins.find({
      where: { jurisdictionCode },
      relations: WITH_NAMES,
      order: { period: 'DESC', periodKind: 'ASC' },
      select: {
        id: true,
        jurisdictionCode: true,
        periodKind: true,
        period: true,
        status: true,
        title: true,
        generatedBy: true,
        generatedAt: true,
        publishedBy: true,
        publishedAt: true,
        docxSha256: true,
        docxSize: true,
        xlsxSha256: true,
        xlsxSize: true,
        docxStorageKey: true,
        xlsxStorageKey: true,
        version: true,
        jurisdiction: { code: true, name: true },
        generator: { id: true, displayName: true },
        publisher: { id: true, displayName: true },
      },
    });
  }

  /** The new draft's id; null when another request created the period's bulletin first. */
  async insert(
    manager: EntityManager,
    row: BulletinContent & Pick<BulletinEntity, 'jurisdictionCode' | 'periodKind' | 'period'>,
  ): Promise<number | null> {
    const [id] = await insertIgnoringDuplicates(manager, BulletinEntity, [
      { ...row, status: 'draft', publishedBy: null, publishedAt: null },
    ]);
    return id ?? null;
  }

  /** Replaces a draft's content if it is still a draft at `version`. */
  async replaceDraft(
    manager: EntityManager,
    id: number,
    version: number,
    content: BulletinContent,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BulletinEntity)
      .set({ ...content, version: () => 'version + 1' })
      .where("id = :id AND version = :version AND status = 'draft'", { id, version })
      .execute();
    return result.affected === 1;
  }

  async publish(
    manager: EntityManager,
    id: number,
    version: number,
    publishedBy: number,
    publishedAt: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BulletinEntity)
      .set({ status: 'published', publishedBy, publishedAt, version: () => 'version + 1' })
      .where("id = :id AND version = :version AND status = 'draft'", { id, version })
      .execute();
    return result.affected === 1;
  }

  async replaceDepartments(
    manager: EntityManager,
    bulletinId: number,
    rows: { departmentId: number; reason: string }[],
  ): Promise<void> {
    await manager.delete(BulletinDepartmentEntity, { bulletinId });
    if (rows.length > 0) {
      await manager.insert(
        BulletinDepartmentEntity,
        rows.map((row) => ({ bulletinId, ...row })),
      );
    }
  }

  async findDepartments(bulletinIds: number[]): Promise<BulletinDepartmentRow[]> {
    if (bulletinIds.length === 0) return [];
    const rows = await this.bulletins.manager.find(BulletinDepartmentEntity, {
      where: { bulletinId: In(bulletinIds) },
      relations: { department: true },
      order: { bulletinId: 'ASC', departmentId: 'ASC' },
    });
    return rows.map((row) => ({
      bulletinId: row.bulletinId,
      departmentId: row.departmentId,
      departmentName: row.department?.name ?? '',
      reason: row.reason,
    }));
  }
}
