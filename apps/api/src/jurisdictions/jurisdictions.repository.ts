import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JurisdictionLevel } from '@bizenv/shared';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { PlanEntity } from '../plans/plan.entity.js';
import { JurisdictionEntity } from './jurisdiction.entity.js';

/** A jurisdiction with the number of plans it issued. */
export interface JurisdictionRow {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  planCount: number;
}

type RawJurisdictionRow = Omit<JurisdictionRow, 'planCount'> & { planCount: string | number };

@Injectable()
export class JurisdictionsRepository {
  constructor(
    @InjectRepository(JurisdictionEntity)
    private readonly jurisdictions: Repository<JurisdictionEntity>,
  ) {}

  /** All jurisdictions, parents before children (GB/T 2260 codes sort that way). */
  async findAll(): Promise<JurisdictionRow[]> {
    const rows = await this.withPlanCount().orderBy('j.code').getRawMany<RawJurisdictionRow>();
    return rows.map(toRow);
  }

  async findByCode(code: string): Promise<JurisdictionRow | null> {
    const row = await this.withPlanCount()
      .where('j.code = :code', { code })
      .getRawOne<RawJurisdictionRow>();
    return row ? toRow(row) : null;
  }

  async exists(code: string): Promise<boolean> {
    return this.jurisdictions.existsBy({ code });
  }

  private withPlanCount(): SelectQueryBuilder<JurisdictionEntity> {
    return this.jurisdictions
      .createQueryBuilder('j')
      .select('j.code', 'code')
      .addSelect('j.name', 'name')
      .addSelect('j.level', 'level')
      .addSelect('j.parentCode', 'parentCode')
      .addSelect('COUNT(p.id)', 'planCount')
      .leftJoin(PlanEntity, 'p', 'p.jurisdictionCode = j.code')
      .groupBy('j.code');
  }
}

// PostgreSQL returns COUNT as a bigint string.
function toRow(raw: RawJurisdictionRow): JurisdictionRow {
  return { ...raw, planCount: Number(raw.planCount) };
}
