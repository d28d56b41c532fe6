import { Injectable } from '@nestjs/common';
import type {
  ProblemDetailResponse,
  ProblemListQuery,
  ProblemResponse,
  SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { toAttachmentResponse } from '../attachments/attachments.mapper.js';
import type { EntityManager } from '../database/entity-manager.js';
import { taskNotFound } from '../tasks/tasks.errors.js';
import { ProblemAccess, toAccessFacts } from './problem-access.service.js';
import type { ProblemEntity } from './problem.entity.js';
import { problemNotFound } from './problems.errors.js';
import { toProblemDetailResponse, toProblemResponse } from './problems.mapper.js';
import { ProblemsRepository } from './problems.repository.js';
import { TaskFactsRepository } from './task-facts.repository.js';

/** Reading problems: lists, one problem with its evidence and history. */
@Injectable()
export class ProblemsService {
  constructor(
    private readonly problems: ProblemsRepository,
    private readonly access: ProblemAccess,
    private readonly policy: AccessPolicy,
    private readonly tasks: TaskFactsRepository,
  ) {}

  async list(user: SessionUser, query: ProblemListQuery): Promise<ProblemResponse[]> {
    const scope = await this.access.listScope(user);
    const rows = await this.problems.list({
      ...scope,
      status: query.status,
      taskId: query.taskId,
      ownerDepartmentId: query.departmentId,
      indicator: query.indicator,
    });
    return rows.map(toProblemResponse);
  }

  /** Problems of one task: whoever may read the task sees all of them. */
  async listForTask(user: SessionUser, taskId: number): Promise<ProblemResponse[]> {
    const task = await this.tasks.find(taskId);
    if (!task) throw taskNotFound();
    await this.policy.assertCanReadTask(user, toAccessFacts(task));
    const rows = await this.problems.list({ jurisdictionCodes: [task.jurisdictionCode], taskId });
    return rows.map(toProblemResponse);
  }

  async get(user: SessionUser, id: number): Promise<ProblemDetailResponse> {
    const problem = await this.readable(user, id);
    return this.detail(problem);
  }

  /** The problem if the user may read it; 404 otherwise. */
  async readable(user: SessionUser, id: number, manager?: EntityManager): Promise<ProblemEntity> {
    const problem = await this.problems.findById(id, manager);
    if (!problem) throw problemNotFound();
    await this.access.assertCanRead(user, problem);
    return problem;
  }

  async detail(problem: ProblemEntity): Promise<ProblemDetailResponse> {
    const [attachments, events] = await Promise.all([
      this.problems.findAttachments(problem.id),
      this.problems.findEvents(problem.id),
    ]);
    return toProblemDetailResponse(problem, attachments.map(toAttachmentResponse), events);
  }
}
