import { Injectable } from '@nestjs/common';
import { chinaDateOf, type NoticeDetailResponse, type SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { UpdateNoticeDto } from './dto/update-notice.dto.js';
import { NoticesService } from './notices.service.js';
import {
  noticeDepartmentInvalid,
  noticeDueDateInvalid,
  noticeNotEditable,
  versionConflict,
} from './notices.errors.js';
import { type NoticeChanges, NoticesRepository } from './notices.repository.js';

/**
 * The office saves a draft and comes back to it: any draft of its jurisdiction — written by hand
 * or by the scheduler — may be edited until it is issued. A draft is not yet a notice anybody
 * else sees, so an edit leaves an audit row (before/after) but no notice event.
 */
@Injectable()
export class NoticeDraftEditsService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly reads: NoticesService,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async update(
    user: SessionUser,
    id: number,
    input: UpdateNoticeDto,
  ): Promise<NoticeDetailResponse> {
    const notice = await this.reads.readable(user, id);
    await this.policy.assertOfficeOf(user, notice.jurisdictionCode);
    if (notice.status !== 'draft') throw noticeNotEditable();
    if (notice.version !== input.version) throw versionConflict();
    const changes: NoticeChanges = {};
    if (input.departmentId !== undefined && input.departmentId !== notice.departmentId) {
      if (!(await this.notices.departmentExistsIn(input.departmentId, notice.jurisdictionCode))) {
        throw noticeDepartmentInvalid();
      }
      changes.departmentId = input.departmentId;
    }
    if (input.reason !== undefined) changes.reason = input.reason;
    if (input.level !== undefined) changes.level = input.level;
    if (input.responseDue !== undefined) {
      if (input.responseDue < chinaDateOf(this.clock.now())) throw noticeDueDateInvalid();
      changes.responseDue = input.responseDue;
    }
    await this.transactions.run(async (manager) => {
      const expected = { version: input.version, status: notice.status };
      if (!(await this.notices.update(manager, id, expected, changes))) throw versionConflict();
      const before = Object.fromEntries(
        Object.keys(changes).map((key) => [key, notice[key as keyof NoticeChanges]]),
      );
      await this.audit.record(manager, {
        action: 'notice.update',
        targetType: 'supervision_notice',
        targetId: id,
        before,
        after: changes,
      });
    });
    return this.reads.get(user, id);
  }
}
