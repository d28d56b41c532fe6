import { Injectable } from '@nestjs/common';
import { canChangeStatusManually, type SessionUser, type TaskStateResponse } from '@bizenv/shared';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/clock.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { TaskHistoryService } from '../events/task-history.service.js';
import { invalidStatusTransition, versionConflict } from '../task-tracking.errors.js';
import { TrackedTaskAccess } from '../tasks/tracked-task-access.service.js';
import { toTaskState } from '../tasks/tracked-tasks.mapper.js';
import { TrackedTasksRepository } from '../tasks/tracked-tasks.repository.js';
import type { ChangeTaskStatusDto } from './dto/change-task-status.dto.js';

/** The office keeps a task's status true, within MANUAL_STATUS_TRANSITIONS, with a reason. */
@Injectable()
export class TaskStatusService {
  constructor(
    private readonly access: TrackedTaskAccess,
    private readonly tasks: TrackedTasksRepository,
    private readonly history: TaskHistoryService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async change(
    user: SessionUser,
    taskId: number,
    change: ChangeTaskStatusDto,
  ): Promise<TaskStateResponse> {
    const task = await this.access.forOffice(user, taskId);
    const from = task.row.status;
    // The transition is judged on the state the client saw: a newer state is a conflict first.
    if (task.row.version !== change.version) throw versionConflict();
    if (!canChangeStatusManually(from, change.status)) throw invalidStatusTransition();
    return this.transactions.run(async (manager) => {
      const updated = await this.tasks.update(
        manager,
        taskId,
        { version: change.version },
        { status: change.status },
      );
      if (!updated) throw versionConflict();
      await this.history.record(manager, {
        taskId,
        type: 'status_changed',
        actorUserId: user.id,
        occurredAt: this.clock.now(),
        reason: change.reason,
        fromStatus: from,
        toStatus: change.status,
        before: { status: from },
        after: { status: change.status },
      });
      await this.audit.record(manager, {
        action: 'task.status.change',
        targetType: 'task',
        targetId: taskId,
        before: { status: from, version: change.version },
        after: { status: change.status, reason: change.reason },
      });
      return toTaskState(await this.tasks.findRow(manager, taskId));
    });
  }
}
