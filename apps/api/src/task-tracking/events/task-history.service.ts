import { Injectable } from '@nestjs/common';
import type { TaskEventResponse, TaskEventType, TaskStatus } from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import { toTaskEventResponse } from './task-events.mapper.js';
import { TaskEventsRepository } from './task-events.repository.js';

/** What happened to a task, as the services of task tracking describe it. */
export interface TaskHistoryEntry {
  taskId: number;
  type: TaskEventType;
  actorUserId: number;
  occurredAt: Date;
  reason?: string | null;
  /** Both set when the entry changed the task's status. */
  fromStatus?: TaskStatus;
  toStatus?: TaskStatus;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes and reads the history (timeline) of tasks. Other features that change a task (monthly
 * reports starting it) record here too, inside their own transaction: keep it free of
 * dependencies beyond its repository.
 */
@Injectable()
export class TaskHistoryService {
  constructor(private readonly events: TaskEventsRepository) {}

  /** Appends an entry inside the caller's transaction, next to the change it describes. */
  record(manager: EntityManager, entry: TaskHistoryEntry): Promise<void> {
    return this.events.insert(manager, {
      taskId: entry.taskId,
      type: entry.type,
      actorUserId: entry.actorUserId,
      occurredAt: entry.occurredAt,
      reason: entry.reason ?? null,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      beforeJson: toJson(entry.before),
      afterJson: toJson(entry.after),
    });
  }

  /** The task's history, newest first (the caller has checked that the user may read it). */
  async list(taskId: number): Promise<TaskEventResponse[]> {
    return (await this.events.listByTask(taskId)).map(toTaskEventResponse);
  }
}

function toJson(value: Record<string, unknown> | null | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
