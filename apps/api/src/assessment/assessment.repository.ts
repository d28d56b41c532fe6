import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AssessmentPublicationEntity } from './assessment-publication.entity.js';
import { AssessmentRuleSetEntity } from './assessment-rule-set.entity.js';

/** A saved row with the display name of who wrote it. */
export interface WithAuthor<T> {
  row: T;
  authorName: string | null;
}

/** Saved rule sets and published tables. */
@Injectable()
export class AssessmentRepository {
  constructor(
    @InjectRepository(AssessmentRuleSetEntity)
    private readonly ruleSets: Repository<AssessmentRuleSetEntity>,
  ) {}

  async jurisdictionName(code: string): Promise<string | null> {
    const row = await this.ruleSets.manager.findOneBy(JurisdictionEntity, { code });
    return row?.name ?? null;
  }

  async findRules(
    jurisdictionCode: string,
    year: number,
    manager: EntityManager = this.ruleSets.manager,
  ): Promise<WithAuthor<AssessmentRuleSetEntity> | null> {
    const row = await manager.findOneBy(AssessmentRuleSetEntity, { jurisdictionCode, year });
    if (!row) return null;
    return { row, authorName: await this.userName(manager, row.updatedBy) };
  }

  /** Inserts the first rules of the year; false when a concurrent first save won. */
  async insertRules(
    manager: EntityManager,
    values: Pick<
      AssessmentRuleSetEntity,
      'jurisdictionCode' | 'year' | 'rulesJson' | 'updatedBy' | 'updatedAt'
    >,
  ): Promise<boolean> {
    try {
      await manager.insert(AssessmentRuleSetEntity, { ...values, version: 1 });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Writes when the row is still at `expected`; false when someone wrote first. */
  async updateRules(
    manager: EntityManager,
    key: { jurisdictionCode: string; year: number },
    values: Pick<AssessmentRuleSetEntity, 'rulesJson' | 'updatedBy' | 'updatedAt'>,
    expected: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(AssessmentRuleSetEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('jurisdiction_code = :jurisdictionCode AND year = :year AND version = :expected', {
        ...key,
        expected,
      })
      .execute();
    return result.affected === 1;
  }

  /** The next publication version of the year (1 for the first). */
  async nextPublicationVersion(
    manager: EntityManager,
    jurisdictionCode: string,
    year: number,
  ): Promise<number> {
    const row = await manager
      .createQueryBuilder(AssessmentPublicationEntity, 'ap')
      .select('MAX(ap.publicationVersion)', 'latest')
      .where('ap.jurisdictionCode = :jurisdictionCode AND ap.year = :year', {
        jurisdictionCode,
        year,
      })
      .getRawOne<{ latest: number | string | null }>();
    return Number(row?.latest ?? 0) + 1;
  }

  /** Inserts a publication; null when a concurrent publish took the same version. */
  async insertPublication(
    manager: EntityManager,
    values: Omit<AssessmentPublicationEntity, 'id' | 'jurisdiction' | 'publisher'>,
  ): Promise<number | null> {
    try {
      const result = await manager.insert(AssessmentPublicationEntity, values);
      return Number((result.identifiers[0] as { id: number }).id);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** Publications of a year, newest first, without their tables. */
  listPublications(jurisdictionCode: string, year: number) {
    return this.ruleSets.manager
      .createQueryBuilder(AssessmentPublicationEntity, 'ap')
      .innerJoin(UserEntity, 'u', 'u.id = ap.publishedBy')
      .select('ap.id', 'id')
      .addSelect('ap.year', 'year')
      .addSelect('ap.publicationVersion', 'publicationVersion')
      .addSelect('ap.departmentCount', 'departmentCount')
      .addSelect('ap.publishedAt', 'publishedAt')
      .addSelect('u.displayName', 'publishedBy')
      .where('ap.jurisdictionCode = :jurisdictionCode AND ap.year = :year', {
        jurisdictionCode,
        year,
      })
      .orderBy('ap.publicationVersion', 'DESC')
      .getRawMany<{
        id: number | string;
        year: number | string;
        publicationVersion: number | string;
        departmentCount: number | string;
        publishedAt: string;
        publishedBy: string;
      }>();
  }

  async findPublication(
    where: { id: number } | { jurisdictionCode: string; year: number; publicationVersion: number },
  ): Promise<WithAuthor<AssessmentPublicationEntity> | null> {
    const manager = this.ruleSets.manager;
    const row = await manager.findOneBy(AssessmentPublicationEntity, where);
    if (!row) return null;
    return { row, authorName: await this.userName(manager, row.publishedBy) };
  }

  private async userName(manager: EntityManager, id: number | null): Promise<string | null> {
    if (id === null) return null;
    return (await manager.findOneBy(UserEntity, { id }))?.displayName ?? null;
  }
}

// PostgreSQL: SQLSTATE 23505; better-sqlite3: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY.
function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  return [code, driverError?.code].some(
    (value) =>
      value === '23505' ||
      value === 'SQLITE_CONSTRAINT_UNIQUE' ||
      value === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  );
}
