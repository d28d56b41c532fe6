import { Injectable } from '@nestjs/common';
import type { Role, SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AppError } from '../common/app-error.js';
import type { ProblemEntity } from './problem.entity.js';
import { problemNotFound } from './problems.errors.js';
import type { ProblemFilter } from './problems.repository.js';
import { type TaskFacts, TaskFactsRepository } from './task-facts.repository.js';

/** Roles that read every problem of their readable jurisdictions. */
const WHOLE_JURISDICTION_READERS: readonly Role[] = ['office', 'leader', 'city_viewer'];

/** Who may read a problem: the problem list's row-level rule, in one place. */
@Injectable()
export class ProblemAccess {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly tasks: TaskFactsRepository,
  ) {}

  /**
   * Office, leaders and city viewers: every problem of their readable jurisdictions. A
   * department user: problems its department owns, and problems on tasks it may read. Anything
   * else is 404, so a foreign problem's existence does not leak.
   */
  async assertCanRead(user: SessionUser, problem: ProblemEntity): Promise<void> {
    const codes = await this.policy.readableJurisdictionCodes(user);
    if (!codes.includes(problem.jurisdictionCode)) throw problemNotFound();
    if (WHOLE_JURISDICTION_READERS.includes(user.role)) return;
    if (user.departmentId !== null && problem.ownerDepartmentId === user.departmentId) return;
    const task = problem.taskId === null ? null : await this.tasks.find(problem.taskId);
    if (!task || !(await this.canReadTask(user, task))) throw problemNotFound();
  }

  /** The part of a list filter that keeps the list to what the user may read. */
  async listScope(
    user: SessionUser,
  ): Promise<Pick<ProblemFilter, 'jurisdictionCodes' | 'departmentReader'>> {
    const jurisdictionCodes = await this.policy.readableJurisdictionCodes(user);
    if (WHOLE_JURISDICTION_READERS.includes(user.role)) return { jurisdictionCodes };
    if (user.departmentId === null) return { jurisdictionCodes: [] };
    return {
      jurisdictionCodes,
      departmentReader: {
        departmentId: user.departmentId,
        taskFilter: await this.policy.taskFilterFor(user, 't'),
      },
    };
  }

  /** The office of the problem's own jurisdiction (a city office reads counties, writes none). */
  isOfficeOf(user: SessionUser, jurisdictionCode: string): boolean {
    return user.role === 'office' && user.jurisdictionCode === jurisdictionCode;
  }

  private async canReadTask(user: SessionUser, task: TaskFacts): Promise<boolean> {
    try {
      await this.policy.assertCanReadTask(user, toAccessFacts(task));
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'TASK_NOT_FOUND') return false;
      throw error;
    }
  }
}

export function toAccessFacts(task: TaskFacts) {
  return {
    id: task.id,
    jurisdictionCode: task.jurisdictionCode,
    departmentIds: task.departments.map((department) => department.id),
  };
}
