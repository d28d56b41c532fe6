import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CLOSURE_REQUESTABLE_STATUSES,
  type ClosureRequestResponse,
  type RequestListQuery,
  type SessionUser,
  type TaskStatus,
} from '@bizenv/shared';
import { AttachmentOwners } from '../../attachments/attachment-owners.js';
import { AttachmentsService } from '../../attachments/attachments.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/clock.js';
import type { EntityManager } from '../../database/entity-manager.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { TaskHistoryService } from '../events/task-history.service.js';
import { inboxFilter, INBOX_LIMIT } from '../requests/inbox.js';
import {
  closureRequestNotFound,
  notLeadDepartment,
  requestAlreadyDecided,
  taskNotClosable,
  versionConflict,
} from '../task-tracking.errors.js';
import { departmentIdsIn, type TrackedTask } from '../tasks/tracked-task.js';
import { TrackedTaskAccess } from '../tasks/tracked-task-access.service.js';
import { TrackedTasksRepository } from '../tasks/tracked-tasks.repository.js';
import { toClosureRequestResponse } from './closure-requests.mapper.js';
import { CLOSURE_REQUEST_OWNER, ClosureRequestsRepository } from './closure-requests.repository.js';
import type { CreateClosureRequestDto } from './dto/create-closure-request.dto.js';

/** How a decision ends: the request's status, the task's next status, the history entry. */
const OUTCOMES = {
  approve: { status: 'approved', taskStatus: 'closed', event: 'closure_approved' },
  reject: { status: 'rejected', taskStatus: 'in_progress', event: 'closure_rejected' },
} as const;

/**
 * Closure (销号): a lead department reports the task done with evidence (task → 已完成（待销号）);
 * the office of the task's jurisdiction approves (→ 已销号) or rejects with a reason (→ 推进中).
 */
@Injectable()
export class ClosureRequestsService implements OnModuleInit {
  constructor(
    private readonly access: TrackedTaskAccess,
    private readonly tasks: TrackedTasksRepository,
    private readonly requests: ClosureRequestsRepository,
    private readonly attachments: AttachmentsService,
    private readonly owners: AttachmentOwners,
    private readonly history: TaskHistoryService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The evidence of a request is downloadable by whoever may read the request's task.
    this.owners.register(CLOSURE_REQUEST_OWNER, async (user, requestId) => {
      const request = await this.requests.findById(requestId);
      if (!request) throw closureRequestNotFound();
      await this.access.readable(user, request.taskId, closureRequestNotFound);
    });
  }

  async create(
    user: SessionUser,
    taskId: number,
    input: CreateClosureRequestDto,
  ): Promise<ClosureRequestResponse> {
    const task = await this.access.forDepartment(user, taskId);
    const departmentId = user.departmentId!;
    if (!departmentIdsIn(task, 'lead').includes(departmentId)) throw notLeadDepartment();
    if (task.row.version !== input.version) throw versionConflict();
    const from = task.row.status;
    if (!CLOSURE_REQUESTABLE_STATUSES.includes(from)) throw taskNotClosable();
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const moved = await this.tasks.update(
        manager,
        taskId,
        { version: input.version },
        { status: 'done_pending_closure' },
      );
      if (!moved) throw versionConflict();
      const id = await this.requests.insert(manager, {
        taskId,
        requestedBy: user.id,
        departmentId,
        note: input.note,
        createdAt: now,
      });
      // 400 ATTACHMENT_NOT_USABLE unless each file is the user's own unlinked upload.
      await this.attachments.link(manager, user, input.attachmentIds, CLOSURE_REQUEST_OWNER, id);
      await this.requests.insertAttachments(manager, id, input.attachmentIds);
      const after = { closureRequestId: id, note: input.note, attachmentIds: input.attachmentIds };
      await this.recordStatusChange(manager, user, task, now, {
        type: 'closure_requested',
        reason: input.note,
        from,
        to: 'done_pending_closure',
        after,
      });
      await this.audit.record(manager, {
        action: 'task.closure.request',
        targetType: 'closure_request',
        targetId: id,
        after: { taskId, status: 'pending', ...after },
      });
      return this.get(manager, id);
    });
  }

  approve(user: SessionUser, id: number, version: number): Promise<ClosureRequestResponse> {
    return this.decide(user, id, version, 'approve', null);
  }

  reject(
    user: SessionUser,
    id: number,
    version: number,
    reason: string,
  ): Promise<ClosureRequestResponse> {
    return this.decide(user, id, version, 'reject', reason);
  }

  async listForTask(user: SessionUser, taskId: number): Promise<ClosureRequestResponse[]> {
    await this.access.readable(user, taskId);
    return (await this.requests.list({ taskId }, null)).map(toClosureRequestResponse);
  }

  /** The inbox: requests on tasks of the user's own jurisdiction (a department: its own). */
  async list(user: SessionUser, query: RequestListQuery): Promise<ClosureRequestResponse[]> {
    return (await this.requests.list(inboxFilter(user, query), INBOX_LIMIT)).map(
      toClosureRequestResponse,
    );
  }

  private async decide(
    user: SessionUser,
    id: number,
    version: number,
    decision: keyof typeof OUTCOMES,
    reason: string | null,
  ): Promise<ClosureRequestResponse> {
    const request = await this.requests.findById(id);
    if (!request) throw closureRequestNotFound();
    const task = await this.access.forOffice(user, request.taskId, closureRequestNotFound);
    if (request.status !== 'pending') throw requestAlreadyDecided();
    if (request.version !== version) throw versionConflict();
    const outcome = OUTCOMES[decision];
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const decided = await this.requests.decide(manager, id, version, {
        status: outcome.status,
        decidedBy: user.id,
        decidedAt: now,
        decisionReason: reason,
      });
      if (!decided) throw versionConflict();
      // A pending request keeps its task in 已完成（待销号）: no manual change leaves that status.
      const moved = await this.tasks.update(
        manager,
        request.taskId,
        { status: 'done_pending_closure' },
        { status: outcome.taskStatus },
      );
      if (!moved) throw versionConflict();
      await this.recordStatusChange(manager, user, task, now, {
        type: outcome.event,
        reason,
        from: 'done_pending_closure',
        to: outcome.taskStatus,
        after: { closureRequestId: id, decision: outcome.status },
      });
      await this.audit.record(manager, {
        action: `task.closure.${decision}`,
        targetType: 'closure_request',
        targetId: id,
        before: { status: 'pending', version },
        after: { status: outcome.status, reason, taskStatus: outcome.taskStatus },
      });
      return this.get(manager, id);
    });
  }

  private recordStatusChange(
    manager: EntityManager,
    user: SessionUser,
    task: TrackedTask,
    occurredAt: Date,
    change: {
      type: 'closure_requested' | 'closure_approved' | 'closure_rejected';
      reason: string | null;
      from: TaskStatus;
      to: TaskStatus;
      after: Record<string, unknown>;
    },
  ): Promise<void> {
    return this.history.record(manager, {
      taskId: task.row.id,
      type: change.type,
      actorUserId: user.id,
      occurredAt,
      reason: change.reason,
      fromStatus: change.from,
      toStatus: change.to,
      before: { status: change.from },
      after: { status: change.to, ...change.after },
    });
  }

  private async get(manager: EntityManager, id: number): Promise<ClosureRequestResponse> {
    const [row] = await this.requests.list({ id }, 1, manager);
    return toClosureRequestResponse(row!);
  }
}
