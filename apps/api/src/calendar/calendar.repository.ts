import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { HolidayYear } from '@bizenv/shared';
import { Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { HolidayYearEntity } from './holiday-year.entity.js';

export interface HolidayYearRow extends HolidayYear {
  updatedBy: number | null;
  updatedAt: Date;
  version: number;
}

/** The admins' holiday years (the overrides of the built-in calendar data). */
@Injectable()
export class CalendarRepository {
  constructor(
    @InjectRepository(HolidayYearEntity) private readonly years: Repository<HolidayYearEntity>,
  ) {}

  async findAll(manager: EntityManager = this.years.manager): Promise<HolidayYearRow[]> {
    const rows = await manager.find(HolidayYearEntity, { order: { year: 'ASC' } });
    return rows.map(toRow);
  }

  async findOne(manager: EntityManager, year: number): Promise<HolidayYearRow | null> {
    const row = await manager.findOneBy(HolidayYearEntity, { year });
    return row ? toRow(row) : null;
  }

  async insert(manager: EntityManager, data: HolidayYear, userId: number, at: Date): Promise<void> {
    await manager.insert(HolidayYearEntity, {
      year: data.year,
      holidays: JSON.stringify(data.holidays),
      makeupWorkdays: JSON.stringify(data.makeupWorkdays),
      updatedBy: userId,
      updatedAt: at,
      version: 1,
    });
  }

  /** Replaces the year's data when its version is still `expected`; false when it is not. */
  async update(
    manager: EntityManager,
    data: HolidayYear,
    expected: number,
    userId: number,
    at: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(HolidayYearEntity)
      .set({
        holidays: JSON.stringify(data.holidays),
        makeupWorkdays: JSON.stringify(data.makeupWorkdays),
        updatedBy: userId,
        updatedAt: at,
        version: () => 'version + 1',
      })
      .where('year = :year AND version = :expected', { year: data.year, expected })
      .execute();
    return result.affected === 1;
  }

  async delete(manager: EntityManager, year: number): Promise<void> {
    await manager.delete(HolidayYearEntity, { year });
  }
}

function toRow(entity: HolidayYearEntity): HolidayYearRow {
  return {
    year: entity.year,
    holidays: JSON.parse(entity.holidays) as string[],
    makeupWorkdays: JSON.parse(entity.makeupWorkdays) as string[],
    updatedBy: entity.updatedBy,
    updatedAt: entity.updatedAt,
    version: entity.version,
  };
}
