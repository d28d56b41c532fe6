import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import type { EntityManager } from '../database/entity-manager.js';
import { ReportPeriodLockEntity } from './report-period-lock.entity.js';
import { reportPeriodLocked } from './reports.errors.js';

export type NewReportPeriodLock = Pick<
  ReportPeriodLockEntity,
  'jurisdictionCode' | 'period' | 'bulletinId' | 'lockedBy' | 'lockedAt'
>;

/**
 * Locks on a jurisdiction's months of reports (set by publishing a bulletin). Reports ask
 * `assertUnlocked` before every write; bulletins lock and unlock through the other methods.
 */
@Injectable()
export class ReportPeriodLocksRepository {
  constructor(
    @InjectRepository(ReportPeriodLockEntity)
    private readonly locks: Repository<ReportPeriodLockEntity>,
  ) {}

  /** 423 REPORT_PERIOD_LOCKED while the month's reports of the jurisdiction are locked. */
  async assertUnlocked(
    jurisdictionCode: string,
    period: string,
    manager: EntityManager = this.locks.manager,
  ): Promise<void> {
    const locked = await manager.existsBy(ReportPeriodLockEntity, {
      jurisdictionCode,
      period,
      unlockedAt: IsNull(),
    });
    if (locked) throw reportPeriodLocked(period);
  }

  /** Open locks of some months (at most one per month). */
  findOpen(
    manager: EntityManager,
    jurisdictionCode: string,
    periods: string[],
  ): Promise<ReportPeriodLockEntity[]> {
    return manager.find(ReportPeriodLockEntity, {
      where: { jurisdictionCode, period: In(periods), unlockedAt: IsNull() },
    });
  }

  /** Every lock of some months of one or more jurisdictions, newest first, with user names. */
  history(jurisdictionCodes: string[], periods: string[]): Promise<ReportPeriodLockEntity[]> {
    if (jurisdictionCodes.length === 0 || periods.length === 0) return Promise.resolve([]);
    return this.locks.find({
      where: { jurisdictionCode: In(jurisdictionCodes), period: In(periods) },
      relations: { locker: true, unlocker: true },
      order: { lockedAt: 'DESC', id: 'DESC' },
    });
  }

  async insert(manager: EntityManager, lock: NewReportPeriodLock): Promise<void> {
    await manager.insert(ReportPeriodLockEntity, { ...lock, unlockedBy: null, unlockedAt: null });
  }

  /** Closes an open lock; false when it was closed meanwhile. */
  async unlock(
    manager: EntityManager,
    id: number,
    unlockedBy: number,
    unlockedAt: Date,
    reason: string,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ReportPeriodLockEntity)
      .set({ unlockedBy, unlockedAt, unlockReason: reason })
      .where('id = :id AND unlocked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }
}
