import { Injectable } from '@nestjs/common';
import type { ProblemDetailResponse, ProblemStatus, SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { toAuditJson } from '../audit/audit-json.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { NotificationService } from '../notifications/notifications.service.js';
import { taskNotFound } from '../tasks/tasks.errors.js';
import type { CloseProblemDto } from './dto/close-problem.dto.js';
import type { CreateProblemDto } from './dto/create-problem.dto.js';
import type { UpdateProblemDto } from './dto/update-problem.dto.js';
import { ProblemAccess, toAccessFacts } from './problem-access.service.js';
import { planProblemUpdate, type ProblemUpdatePlan } from './problem-update.plan.js';
import {
  forbidden,
  problemClosed,
  problemDepartmentInvalid,
  problemNotRectified,
  problemSourceForbidden,
  problemSubjectInvalid,
  versionConflict,
} from './problems.errors.js';
import {
  type NewProblemEvent,
  PROBLEM_OWNER_TYPE,
  ProblemsRepository,
} from './problems.repository.js';
import { ProblemsService } from './problems.service.js';
import { TaskFactsRepository } from './task-facts.repository.js';

/** Audit action of each kind of PATCH. */
const AUDIT_ACTIONS: Record<ProblemUpdatePlan['action'], string> = {
  updated: 'problem.update',
  rectified: 'problem.rectify',
  reopened: 'problem.reopen',
};

/** A PATCH that only replaces the evidence list. */
const EMPTY_PLAN = (): ProblemUpdatePlan => ({
  changes: {},
  before: {},
  after: {},
  action: 'updated',
});

/**
 * Writing problems. Registration: the office, for any task or indicator of its jurisdiction;
 * a department, self-found problems on tasks it works on, owned by itself. The owner
 * department fills in the measure and evidence and marks the problem rectified; the office
 * may edit everything, send a rectified problem back, and close it (销号) once rectified.
 */
@Injectable()
export class ProblemCommandsService {
  constructor(
    private readonly problems: ProblemsRepository,
    private readonly reads: ProblemsService,
    private readonly access: ProblemAccess,
    private readonly policy: AccessPolicy,
    private readonly tasks: TaskFactsRepository,
    private readonly notifications: NotificationService,
    private readonly attachments: AttachmentsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(user: SessionUser, input: CreateProblemDto): Promise<ProblemDetailResponse> {
    const jurisdictionCode = await this.assertCanRegister(user, input);
    if (!(await this.problems.departmentExistsIn(input.ownerDepartmentId, jurisdictionCode))) {
      throw problemDepartmentInvalid();
    }
    const id = await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const row = {
        jurisdictionCode,
        taskId: input.taskId ?? null,
        indicatorCode: input.indicator ?? null,
        source: input.source,
        description: input.description,
        measure: input.measure ?? null,
        ownerDepartmentId: input.ownerDepartmentId,
        deadline: input.deadline,
        status: 'rectifying' as ProblemStatus,
        rectifiedAt: null,
        closedBy: null,
        closedAt: null,
        createdBy: user.id,
      };
      const problemId = await this.problems.insert(manager, row);
      const attachmentIds = input.attachmentIds ?? [];
      await this.linkEvidence(manager, problemId, attachmentIds, user);
      const after = { ...row, attachmentIds };
      await this.record(manager, {
        problemId,
        action: 'created',
        actorUserId: user.id,
        occurredAt: now,
        reason: null,
        beforeJson: null,
        afterJson: toAuditJson(after),
      });
      await this.audit.record(manager, {
        action: 'problem.create',
        targetType: 'problem',
        targetId: problemId,
        after,
      });
      if (user.departmentId !== input.ownerDepartmentId) {
        await this.notifications.notifyDepartments(manager, [input.ownerDepartmentId], {
          kind: 'problem_assigned',
          title: '新的整改问题',
          body: `请于 ${input.deadline} 前完成整改：${input.description}`,
          link: `/problems/${problemId}`,
        });
      }
      return problemId;
    });
    return this.reads.get(user, id);
  }

  async update(
    user: SessionUser,
    id: number,
    input: UpdateProblemDto,
  ): Promise<ProblemDetailResponse> {
    const problem = await this.reads.readable(user, id);
    if (problem.status === 'closed') throw problemClosed();
    const asOffice = this.access.isOfficeOf(user, problem.jurisdictionCode);
    const asOwner = user.role === 'department' && user.departmentId === problem.ownerDepartmentId;
    if (!asOffice && !asOwner) throw forbidden();
    if (problem.version !== input.version) throw versionConflict();
    const plan = planProblemUpdate(problem, input, asOffice, this.clock.now());
    if (plan === null && input.attachmentIds === undefined) return this.reads.detail(problem);
    const { changes, before, after, action } = plan ?? EMPTY_PLAN();
    if (changes.ownerDepartmentId !== undefined) {
      if (
        !(await this.problems.departmentExistsIn(
          changes.ownerDepartmentId,
          problem.jurisdictionCode,
        ))
      ) {
        throw problemDepartmentInvalid();
      }
    }
    await this.transactions.run(async (manager) => {
      if (!(await this.problems.update(manager, id, input.version, changes)))
        throw versionConflict();
      if (input.attachmentIds !== undefined) {
        before.attachmentIds = await this.problems.findAttachmentIds(manager, id);
        await this.linkEvidence(manager, id, input.attachmentIds, user);
        after.attachmentIds = input.attachmentIds;
      }
      await this.record(manager, {
        problemId: id,
        action,
        actorUserId: user.id,
        occurredAt: this.clock.now(),
        reason: input.reason ?? null,
        beforeJson: toAuditJson(before),
        afterJson: toAuditJson(after),
      });
      await this.audit.record(manager, {
        action: AUDIT_ACTIONS[action],
        targetType: 'problem',
        targetId: id,
        before,
        after,
      });
      if (action === 'reopened' && asOffice) {
        await this.notifications.notifyDepartments(manager, [problem.ownerDepartmentId], {
          kind: 'problem_assigned',
          title: '问题退回整改',
          body: `营商办退回了已整改的问题，请继续整改：${problem.description}`,
          link: `/problems/${id}`,
        });
      }
    });
    return this.reads.get(user, id);
  }

  async close(
    user: SessionUser,
    id: number,
    input: CloseProblemDto,
  ): Promise<ProblemDetailResponse> {
    const problem = await this.reads.readable(user, id);
    await this.policy.assertOfficeOf(user, problem.jurisdictionCode);
    if (problem.status === 'closed') throw problemClosed();
    if (problem.status !== 'rectified') throw problemNotRectified();
    if (problem.version !== input.version) throw versionConflict();
    await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const changes = { status: 'closed' as const, closedBy: user.id, closedAt: now };
      if (!(await this.problems.update(manager, id, input.version, changes)))
        throw versionConflict();
      const before = { status: problem.status };
      const after = { status: 'closed', closedBy: user.id, closedAt: now.toISOString() };
      await this.record(manager, {
        problemId: id,
        action: 'closed',
        actorUserId: user.id,
        occurredAt: now,
        reason: input.reason ?? null,
        beforeJson: toAuditJson(before),
        afterJson: toAuditJson(after),
      });
      await this.audit.record(manager, {
        action: 'problem.close',
        targetType: 'problem',
        targetId: id,
        before,
        after,
      });
    });
    return this.reads.get(user, id);
  }

  /** The jurisdiction the new problem belongs to, once the user may register it there. */
  private async assertCanRegister(user: SessionUser, input: CreateProblemDto): Promise<string> {
    if ((input.taskId === undefined) === (input.indicator === undefined))
      throw problemSubjectInvalid();
    if (input.taskId === undefined) {
      // An indicator problem is the office's business in its own jurisdiction.
      if (user.role !== 'office') throw problemSourceForbidden();
      return user.jurisdictionCode;
    }
    const task = await this.tasks.find(input.taskId);
    if (!task) throw taskNotFound();
    const facts = toAccessFacts(task);
    await this.policy.assertCanReadTask(user, facts);
    if (user.role === 'department') {
      await this.policy.assertDepartmentOnTask(user, facts);
      if (input.source !== 'self_found' || input.ownerDepartmentId !== user.departmentId) {
        throw problemSourceForbidden();
      }
    } else {
      await this.policy.assertOfficeOf(user, task.jurisdictionCode);
    }
    return task.jurisdictionCode;
  }

  /**
   * Makes `ids` the problem's evidence: new files must be the user's own unlinked uploads
   * (else 400 and the transaction rolls back), dropped files are released.
   */
  private async linkEvidence(
    manager: EntityManager,
    problemId: number,
    ids: string[],
    user: SessionUser,
  ): Promise<void> {
    const current = await this.problems.findAttachmentIds(manager, problemId);
    const added = ids.filter((id) => !current.includes(id));
    const dropped = current.filter((id) => !ids.includes(id));
    await this.attachments.link(manager, user, added, PROBLEM_OWNER_TYPE, problemId);
    await this.attachments.unlink(manager, dropped, PROBLEM_OWNER_TYPE, problemId);
    await this.problems.setAttachments(manager, problemId, ids);
  }

  private record(manager: EntityManager, event: NewProblemEvent): Promise<void> {
    return this.problems.insertEvent(manager, event);
  }
}
