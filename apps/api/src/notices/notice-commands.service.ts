import { Injectable } from '@nestjs/common';
import {
  chinaDateOf,
  NOTICE_LEVEL_LABELS,
  type NoticeDetailResponse,
  type NoticeStatus,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { toAuditJson } from '../audit/audit-json.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { NotificationService } from '../notifications/notifications.service.js';
import { ProblemsService } from '../problems/problems.service.js';
import { toAccessFacts } from '../problems/problem-access.service.js';
import { TaskFactsRepository } from '../problems/task-facts.repository.js';
import { taskNotFound } from '../tasks/tasks.errors.js';
import type { AnswerNoticeDto, CloseNoticeDto, IssueNoticeDto } from './dto/notice-actions.dto.js';
import type { CreateNoticeDto } from './dto/create-notice.dto.js';
import { NoticesService } from './notices.service.js';
import {
  noticeDepartmentInvalid,
  noticeDueDateInvalid,
  noticeNotDraft,
  noticeStatusInvalid,
  noticeSubjectInvalid,
  forbidden,
  versionConflict,
} from './notices.errors.js';
import { type NoticeChanges, NoticesRepository } from './notices.repository.js';
import type { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/**
 * The notice workflow: the office drafts or issues (the department is notified), the addressed
 * department answers (the issuer is notified), the office closes. Drafts — the office's own or
 * the scheduler's — may be discarded. Every step is version-checked and leaves an event and an
 * audit row in the same transaction.
 */
@Injectable()
export class NoticeCommandsService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly reads: NoticesService,
    private readonly policy: AccessPolicy,
    private readonly tasks: TaskFactsRepository,
    private readonly problems: ProblemsService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(user: SessionUser, input: CreateNoticeDto): Promise<NoticeDetailResponse> {
    const jurisdictionCode = await this.jurisdictionOf(user, input);
    await this.policy.assertOfficeOf(user, jurisdictionCode);
    if (!(await this.notices.departmentExistsIn(input.departmentId, jurisdictionCode))) {
      throw noticeDepartmentInvalid();
    }
    this.assertDueDate(input.responseDue);
    const id = await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const row = {
        jurisdictionCode,
        taskId: input.taskId ?? null,
        problemId: input.problemId ?? null,
        departmentId: input.departmentId,
        reason: input.reason,
        level: input.level,
        responseDue: input.responseDue,
        status: (input.issue ? 'issued' : 'draft') as NoticeStatus,
        origin: 'manual' as const,
        dedupeKey: null,
        response: null,
        answeredBy: null,
        answeredAt: null,
        issuedBy: input.issue ? user.id : null,
        issuedAt: input.issue ? now : null,
        closedBy: null,
        closedAt: null,
        discardedBy: null,
        discardedAt: null,
        createdBy: user.id,
      };
      const noticeId = await this.notices.insert(manager, row);
      const actions = input.issue ? (['drafted', 'issued'] as const) : (['drafted'] as const);
      await this.notices.insertEvents(
        manager,
        actions.map((action) => ({
          noticeId,
          action,
          actorUserId: user.id,
          reason: null,
          beforeJson: null,
          afterJson: null,
          occurredAt: now,
        })),
      );
      await this.audit.record(manager, {
        action: 'notice.create',
        targetType: 'supervision_notice',
        targetId: noticeId,
        after: row,
      });
      if (input.issue) await this.notifyIssued(manager, noticeId, row);
      return noticeId;
    });
    return this.reads.get(user, id);
  }

  async issue(user: SessionUser, id: number, input: IssueNoticeDto): Promise<NoticeDetailResponse> {
    const notice = await this.forOffice(user, id, 'draft');
    const responseDue = input.responseDue ?? notice.responseDue;
    this.assertDueDate(responseDue);
    const issued = {
      departmentId: notice.departmentId,
      reason: input.reason ?? notice.reason,
      level: input.level ?? notice.level,
      responseDue,
    };
    const changes: NoticeChanges = {
      status: 'issued',
      reason: issued.reason,
      level: issued.level,
      responseDue,
      issuedBy: user.id,
      issuedAt: this.clock.now(),
    };
    await this.write(user, notice, input.version, changes, 'issued', null, (manager) =>
      this.notifyIssued(manager, id, issued),
    );
    return this.reads.get(user, id);
  }

  async answer(
    user: SessionUser,
    id: number,
    input: AnswerNoticeDto,
  ): Promise<NoticeDetailResponse> {
    const notice = await this.reads.readable(user, id);
    // Readable means addressed to the user's department for department users; others may not answer.
    if (user.role !== 'department' || user.departmentId !== notice.departmentId) throw forbidden();
    if (notice.status !== 'issued') throw noticeStatusInvalid();
    const changes: NoticeChanges = {
      status: 'answered',
      response: input.response,
      answeredBy: user.id,
      answeredAt: this.clock.now(),
    };
    await this.write(user, notice, input.version, changes, 'answered', null, async (manager) => {
      if (notice.issuedBy === null) return;
      await this.notifications.notifyUsers(manager, [notice.issuedBy], {
        kind: 'notice_answered',
        title: `${notice.department!.name}已回复督办通知`,
        body: input.response,
        link: `/notices/${id}`,
      });
    });
    return this.reads.get(user, id);
  }

  async close(user: SessionUser, id: number, input: CloseNoticeDto): Promise<NoticeDetailResponse> {
    const notice = await this.forOffice(user, id, null);
    if (notice.status !== 'issued' && notice.status !== 'answered') throw noticeStatusInvalid();
    const changes: NoticeChanges = {
      status: 'closed',
      closedBy: user.id,
      closedAt: this.clock.now(),
    };
    await this.write(user, notice, input.version, changes, 'closed', input.reason ?? null);
    return this.reads.get(user, id);
  }

  /** Discards a draft: hidden from then on, its dedupe key kept so it is not drafted again. */
  async discard(user: SessionUser, id: number): Promise<void> {
    const notice = await this.forOffice(user, id, null);
    if (notice.status !== 'draft') throw noticeNotDraft();
    const changes: NoticeChanges = { discardedBy: user.id, discardedAt: this.clock.now() };
    await this.write(user, notice, notice.version, changes, 'discarded', null);
  }

  /** The notice, for the office of its jurisdiction, in `status` when given (else 409). */
  private async forOffice(
    user: SessionUser,
    id: number,
    status: NoticeStatus | null,
  ): Promise<SupervisionNoticeEntity> {
    const notice = await this.reads.readable(user, id);
    await this.policy.assertOfficeOf(user, notice.jurisdictionCode);
    if (status !== null && notice.status !== status) throw noticeStatusInvalid();
    return notice;
  }

  /** One version-checked step: the update, its event, its audit row, then `after` (notifications). */
  private async write(
    user: SessionUser,
    notice: SupervisionNoticeEntity,
    version: number,
    changes: NoticeChanges,
    action: 'issued' | 'answered' | 'closed' | 'discarded',
    reason: string | null,
    after?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    if (notice.version !== version) throw versionConflict();
    await this.transactions.run(async (manager) => {
      const expected = { version, status: notice.status };
      if (!(await this.notices.update(manager, notice.id, expected, changes)))
        throw versionConflict();
      const before = Object.fromEntries(
        Object.keys(changes).map((key) => [key, notice[key as keyof NoticeChanges]]),
      );
      await this.notices.insertEvents(manager, [
        {
          noticeId: notice.id,
          action,
          actorUserId: user.id,
          reason,
          beforeJson: toAuditJson(before),
          afterJson: toAuditJson(changes),
          occurredAt: this.clock.now(),
        },
      ]);
      await this.audit.record(manager, {
        action: `notice.${AUDIT_VERBS[action]}`,
        targetType: 'supervision_notice',
        targetId: notice.id,
        before,
        after: changes,
      });
      await after?.(manager);
    });
  }

  private async notifyIssued(
    manager: EntityManager,
    noticeId: number,
    notice: Pick<SupervisionNoticeEntity, 'departmentId' | 'level' | 'reason' | 'responseDue'>,
  ): Promise<void> {
    await this.notifications.notifyDepartments(manager, [notice.departmentId], {
      kind: 'notice_issued',
      title: `${NOTICE_LEVEL_LABELS[notice.level]}通知：请于 ${notice.responseDue} 前回复`,
      body: notice.reason,
      link: `/notices/${noticeId}`,
    });
  }

  /**
   * A notice belongs to the jurisdiction of its subject (task or problem, at most one), else to
   * the office's own. A subject the user may not read answers 404, as everywhere.
   */
  private async jurisdictionOf(user: SessionUser, input: CreateNoticeDto): Promise<string> {
    if (input.taskId !== undefined && input.problemId !== undefined) throw noticeSubjectInvalid();
    if (input.taskId !== undefined) {
      const task = await this.tasks.find(input.taskId);
      if (!task) throw taskNotFound();
      await this.policy.assertCanReadTask(user, toAccessFacts(task));
      return task.jurisdictionCode;
    }
    if (input.problemId !== undefined) {
      return (await this.problems.readable(user, input.problemId)).jurisdictionCode;
    }
    return user.jurisdictionCode;
  }

  /** A response date in the past would make the notice overdue the moment it is issued. */
  private assertDueDate(responseDue: string): void {
    if (responseDue < chinaDateOf(this.clock.now())) throw noticeDueDateInvalid();
  }
}

const AUDIT_VERBS = {
  issued: 'issue',
  answered: 'answer',
  closed: 'close',
  discarded: 'discard',
} as const;
