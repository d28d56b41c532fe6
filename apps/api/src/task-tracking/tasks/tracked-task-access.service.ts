import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../../access/access-policy.service.js';
import { AppError } from '../../common/app-error.js';
import { taskNotFound } from '../../tasks/tasks.errors.js';
import { accessFacts, type TrackedTask } from './tracked-task.js';
import { TrackedTasksRepository } from './tracked-tasks.repository.js';

/**
 * Loads a task for a tracking action and applies AccessPolicy: a task the user may not read is
 * 404 (`notFound`: a request or instruction reached through the task answers with its own
 * not-found code, so neither leaks), a readable task the user may not act on is 403.
 */
@Injectable()
export class TrackedTaskAccess {
  constructor(
    private readonly tasks: TrackedTasksRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async readable(
    user: SessionUser,
    taskId: number,
    notFound: () => AppError = taskNotFound,
  ): Promise<TrackedTask> {
    const task = await this.tasks.find(taskId);
    if (!task) throw notFound();
    try {
      await this.policy.assertCanReadTask(user, accessFacts(task));
    } catch (error) {
      if (error instanceof AppError && error.code === 'TASK_NOT_FOUND') throw notFound();
      throw error;
    }
    return task;
  }

  /** The office of the task's own jurisdiction (a city office reads counties, acts on none). */
  async forOffice(
    user: SessionUser,
    taskId: number,
    notFound: () => AppError = taskNotFound,
  ): Promise<TrackedTask> {
    const task = await this.readable(user, taskId, notFound);
    await this.policy.assertOfficeOf(user, task.jurisdictionCode);
    return task;
  }

  /** A department user whose department is on the task itself (lead or support). */
  async forDepartment(user: SessionUser, taskId: number): Promise<TrackedTask> {
    const task = await this.readable(user, taskId);
    await this.policy.assertDepartmentOnTask(user, accessFacts(task));
    return task;
  }
}
