import { Injectable } from '@nestjs/common';
import type { ChangeRequestResponse, RequestListQuery, SessionUser } from '@bizenv/shared';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/clock.js';
import type { EntityManager } from '../../database/entity-manager.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { TaskHistoryService } from '../events/task-history.service.js';
import { inboxFilter, INBOX_LIMIT } from '../requests/inbox.js';
import {
  adjustmentDepartmentsInvalid,
  changeRequestAlreadyPending,
  changeRequestNotFound,
  notLeadDepartment,
  requestAlreadyDecided,
  taskClosed,
  versionConflict,
} from '../task-tracking.errors.js';
import { departmentIdsIn, type TrackedTask } from '../tasks/tracked-task.js';
import { TrackedTaskAccess } from '../tasks/tracked-task-access.service.js';
import { TrackedTasksRepository } from '../tasks/tracked-tasks.repository.js';
import { applyChange } from './change-application.js';
import { type ChangeProposal, readProposal } from './change-proposal.js';
import { toChangeRequestResponse } from './change-requests.mapper.js';
import { ChangeRequestsRepository } from './change-requests.repository.js';
import type { CreateChangeRequestDto } from './dto/create-change-request.dto.js';

/**
 * Extension (延期) and adjustment (调整) requests. An extension asks for a later deadline and only
 * a lead department may ask (it answers for the deadline); an adjustment asks for new wording
 * or ownership and any department on the task may ask (e.g. a support unit listed by mistake).
 * One pending request of each kind per task. The office of the task's jurisdiction decides;
 * approval applies the change to the task in the same transaction.
 */
@Injectable()
export class ChangeRequestsService {
  constructor(
    private readonly access: TrackedTaskAccess,
    private readonly tasks: TrackedTasksRepository,
    private readonly requests: ChangeRequestsRepository,
    private readonly history: TaskHistoryService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(
    user: SessionUser,
    taskId: number,
    input: CreateChangeRequestDto,
  ): Promise<ChangeRequestResponse> {
    const task = await this.access.forDepartment(user, taskId);
    const departmentId = user.departmentId!;
    if (input.kind === 'extension' && !departmentIdsIn(task, 'lead').includes(departmentId)) {
      throw notLeadDepartment();
    }
    if (task.row.status === 'closed') throw taskClosed();
    const proposal = readProposal(input, task.row);
    await this.assertDepartmentsIn(task, proposal);
    return this.transactions.run(async (manager) => {
      if (await this.requests.hasPending(manager, taskId, input.kind)) {
        throw changeRequestAlreadyPending();
      }
      const now = this.clock.now();
      const id = await this.requests.insert(
        manager,
        {
          taskId,
          kind: input.kind,
          requestedBy: user.id,
          departmentId,
          reason: input.reason,
          proposedDeadlineDate: proposal.deadline?.date ?? null,
          proposedDeadlinePrinted: proposal.deadline?.printed ?? null,
          proposedTitle: proposal.title,
          proposedBody: proposal.body,
          createdAt: now,
        },
        proposal.departments,
      );
      const after = { changeRequestId: id, kind: input.kind, ...proposal };
      await this.history.record(manager, {
        taskId,
        type: 'change_requested',
        actorUserId: user.id,
        occurredAt: now,
        reason: input.reason,
        after,
      });
      await this.audit.record(manager, {
        action: 'task.change_request.create',
        targetType: 'change_request',
        targetId: id,
        after: { taskId, status: 'pending', reason: input.reason, ...after },
      });
      return this.get(manager, id);
    });
  }

  async approve(user: SessionUser, id: number, version: number): Promise<ChangeRequestResponse> {
    const { request } = await this.pendingForOffice(user, id, version);
    const row = (await this.requests.list({ id }, 1))[0]!;
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      await this.recordDecision(manager, user, id, version, now, 'approved', null);
      // Read the task again inside the transaction: the change applies to its current state.
      const task = (await this.tasks.find(request.taskId, manager))!;
      if (task.row.status === 'closed') throw taskClosed();
      const { changes, departments, before, after } = applyChange(task, row);
      const updated = await this.tasks.update(
        manager,
        task.row.id,
        { version: task.row.version },
        changes,
      );
      if (!updated) throw versionConflict();
      if (departments) {
        await this.tasks.replaceDepartments(
          manager,
          task.row.id,
          departments.lead,
          departments.support,
        );
      }
      await this.history.record(manager, {
        taskId: task.row.id,
        type: 'change_approved',
        actorUserId: user.id,
        occurredAt: now,
        before,
        after: { ...after, changeRequestId: id, kind: request.kind },
      });
      await this.audit.record(manager, {
        action: 'task.change_request.approve',
        targetType: 'change_request',
        targetId: id,
        before: { status: 'pending', version, task: before },
        after: { status: 'approved', task: after },
      });
      return this.get(manager, id);
    });
  }

  async reject(
    user: SessionUser,
    id: number,
    version: number,
    reason: string,
  ): Promise<ChangeRequestResponse> {
    const { request } = await this.pendingForOffice(user, id, version);
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      await this.recordDecision(manager, user, id, version, now, 'rejected', reason);
      await this.history.record(manager, {
        taskId: request.taskId,
        type: 'change_rejected',
        actorUserId: user.id,
        occurredAt: now,
        reason,
        after: { changeRequestId: id, kind: request.kind },
      });
      await this.audit.record(manager, {
        action: 'task.change_request.reject',
        targetType: 'change_request',
        targetId: id,
        before: { status: 'pending', version },
        after: { status: 'rejected', reason },
      });
      return this.get(manager, id);
    });
  }

  async listForTask(user: SessionUser, taskId: number): Promise<ChangeRequestResponse[]> {
    await this.access.readable(user, taskId);
    return (await this.requests.list({ taskId }, null)).map(toChangeRequestResponse);
  }

  /** The inbox: requests on tasks of the user's own jurisdiction (a department: its own). */
  async list(user: SessionUser, query: RequestListQuery): Promise<ChangeRequestResponse[]> {
    return (await this.requests.list(inboxFilter(user, query), INBOX_LIMIT)).map(
      toChangeRequestResponse,
    );
  }

  /** The request for a decision by the office of its task's jurisdiction, still pending. */
  private async pendingForOffice(user: SessionUser, id: number, version: number) {
    const request = await this.requests.findById(id);
    if (!request) throw changeRequestNotFound();
    const task = await this.access.forOffice(user, request.taskId, changeRequestNotFound);
    if (request.status !== 'pending') throw requestAlreadyDecided();
    if (request.version !== version) throw versionConflict();
    return { request, task };
  }

  private async recordDecision(
    manager: EntityManager,
    user: SessionUser,
    id: number,
    version: number,
    now: Date,
    status: 'approved' | 'rejected',
    reason: string | null,
  ): Promise<void> {
    const decided = await this.requests.decide(manager, id, version, {
      status,
      decidedBy: user.id,
      decidedAt: now,
      decisionReason: reason,
    });
    if (!decided) throw versionConflict();
  }

  /** Proposed departments must be departments of the task's jurisdiction. */
  private async assertDepartmentsIn(task: TrackedTask, proposal: ChangeProposal): Promise<void> {
    if (!proposal.departments) return;
    const ids = [...proposal.departments.lead, ...proposal.departments.support];
    const found = await this.tasks.findDepartmentsIn(task.jurisdictionCode, ids);
    if (found.length !== ids.length) throw adjustmentDepartmentsInvalid();
  }

  private async get(manager: EntityManager, id: number): Promise<ChangeRequestResponse> {
    const [row] = await this.requests.list({ id }, 1, manager);
    return toChangeRequestResponse(row!);
  }
}
