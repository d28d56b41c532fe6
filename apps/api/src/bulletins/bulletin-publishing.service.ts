import { Injectable } from '@nestjs/common';
import {
  type BulletinDetailResponse,
  bulletinMonths,
  type SessionUser,
  type UnlockReportPeriodRequest,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReportPeriodLocksRepository } from '../reports/report-period-locks.repository.js';
import {
  bulletinAlreadyPublished,
  bulletinNotPublished,
  bulletinPeriodInvalid,
  bulletinPeriodNotLocked,
  versionConflict,
} from './bulletins.errors.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsService } from './bulletins.service.js';

/**
 * Publishing a bulletin freezes it and locks its months' reports (a quarter's three months);
 * the office may unlock a month again with a reason, which stays on record with the lock.
 */
@Injectable()
export class BulletinPublishingService {
  constructor(
    private readonly bulletins: BulletinsRepository,
    private readonly reading: BulletinsService,
    private readonly locks: ReportPeriodLocksRepository,
    private readonly policy: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async publish(user: SessionUser, id: number, version: number): Promise<BulletinDetailResponse> {
    const bulletin = await this.reading.readable(user, id);
    await this.policy.assertOfficeOf(user, bulletin.jurisdictionCode);
    if (bulletin.status === 'published') throw bulletinAlreadyPublished();
    const months = bulletinMonths(bulletin.periodKind, bulletin.period);
    await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      if (!(await this.bulletins.publish(manager, id, version, user.id, now))) {
        throw versionConflict();
      }
      // A month already locked (by the quarter's month bulletin, say) keeps its lock.
      const open = await this.locks.findOpen(manager, bulletin.jurisdictionCode, months);
      const locked = new Set(open.map((lock) => lock.period));
      for (const period of months.filter((month) => !locked.has(month))) {
        await this.locks.insert(manager, {
          jurisdictionCode: bulletin.jurisdictionCode,
          period,
          bulletinId: id,
          lockedBy: user.id,
          lockedAt: now,
        });
      }
      await this.audit.record(manager, {
        action: 'bulletin.publish',
        targetType: 'bulletin',
        targetId: id,
        before: { status: 'draft' },
        after: { status: 'published', lockedPeriods: months.filter((m) => !locked.has(m)) },
      });
    });
    return this.reading.get(user, id);
  }

  async unlock(
    user: SessionUser,
    id: number,
    request: UnlockReportPeriodRequest,
  ): Promise<BulletinDetailResponse> {
    const bulletin = await this.reading.readable(user, id);
    await this.policy.assertOfficeOf(user, bulletin.jurisdictionCode);
    if (bulletin.status !== 'published') throw bulletinNotPublished();
    if (!bulletinMonths(bulletin.periodKind, bulletin.period).includes(request.period)) {
      throw bulletinPeriodInvalid();
    }
    await this.transactions.run(async (manager) => {
      const [lock] = await this.locks.findOpen(manager, bulletin.jurisdictionCode, [
        request.period,
      ]);
      if (!lock) throw bulletinPeriodNotLocked();
      if (!(await this.locks.unlock(manager, lock.id, user.id, this.clock.now(), request.reason))) {
        throw bulletinPeriodNotLocked();
      }
      await this.audit.record(manager, {
        action: 'report_period.unlock',
        targetType: 'report_period_lock',
        targetId: lock.id,
        before: {
          jurisdictionCode: bulletin.jurisdictionCode,
          period: request.period,
          locked: true,
        },
        after: { locked: false, reason: request.reason, bulletinId: id },
      });
    });
    return this.reading.get(user, id);
  }
}
