import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { JurisdictionSettingEntity } from './jurisdiction-setting.entity.js';

export interface SettingValues {
  reportDueDay: number;
  reminderWorkingDays: number;
}

@Injectable()
export class ReportSettingsRepository {
  constructor(
    @InjectRepository(JurisdictionSettingEntity)
    private readonly settings: Repository<JurisdictionSettingEntity>,
  ) {}

  find(jurisdictionCode: string, manager: EntityManager = this.settings.manager) {
    return manager.findOneBy(JurisdictionSettingEntity, { jurisdictionCode });
  }

  findMany(codes: string[]): Promise<JurisdictionSettingEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.settings.findBy({ jurisdictionCode: In(codes) });
  }

  async insert(
    manager: EntityManager,
    jurisdictionCode: string,
    values: SettingValues,
    userId: number,
    at: Date,
  ): Promise<void> {
    await manager.insert(JurisdictionSettingEntity, {
      jurisdictionCode,
      ...values,
      updatedBy: userId,
      updatedAt: at,
      version: 1,
    });
  }

  /** Writes when the row is still at `expected`; false when someone wrote first. */
  async update(
    manager: EntityManager,
    jurisdictionCode: string,
    values: SettingValues,
    expected: number,
    userId: number,
    at: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(JurisdictionSettingEntity)
      .set({ ...values, updatedBy: userId, updatedAt: at, version: () => 'version + 1' })
      .where('jurisdiction_code = :jurisdictionCode AND version = :expected', {
        jurisdictionCode,
        expected,
      })
      .execute();
    return result.affected === 1;
  }
}
