import { Injectable } from '@nestjs/common';
import type { SessionUser, TaskEventResponse } from '@bizenv/shared';
import { TrackedTaskAccess } from '../tasks/tracked-task-access.service.js';
import { TaskHistoryService } from './task-history.service.js';

/** GET /tasks/:id/events: the history of a task the user may read. */
@Injectable()
export class TaskTimelineService {
  constructor(
    private readonly access: TrackedTaskAccess,
    private readonly history: TaskHistoryService,
  ) {}

  async list(user: SessionUser, taskId: number): Promise<TaskEventResponse[]> {
    await this.access.readable(user, taskId);
    return this.history.list(taskId);
  }
}
