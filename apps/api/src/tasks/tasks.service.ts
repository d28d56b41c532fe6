import { Injectable } from '@nestjs/common';
import type { SessionUser, TaskDetailResponse, TaskResponse } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { PlansService } from '../plans/plans.service.js';
import { taskNotFound } from './tasks.errors.js';
import { buildTaskTree, toTaskDetailResponse } from './tasks.mapper.js';
import { TasksRepository } from './tasks.repository.js';

@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * The plan's tasks as a tree: top-level tasks with their sub-items as children. A department
   * user gets only its own tasks (see AccessPolicy.visibleTasksOfPlan).
   */
  async getPlanTree(user: SessionUser, planId: number): Promise<TaskResponse[]> {
    await this.plans.assertCanRead(user, planId);
    const [tasks, departments, targets] = await Promise.all([
      this.tasks.findByPlan(planId),
      this.tasks.findDepartmentsByPlan(planId),
      this.tasks.findTargetsByPlan(planId),
    ]);
    const links = departments.map((row) => ({ taskId: row.taskId, departmentId: row.id }));
    return buildTaskTree(this.access.visibleTasksOfPlan(user, tasks, links), departments, targets);
  }

  async getDetail(user: SessionUser, id: number): Promise<TaskDetailResponse> {
    const task = await this.tasks.findById(id);
    if (!task) throw taskNotFound();
    const [children, parent, plan] = await Promise.all([
      this.tasks.findChildren(id),
      task.parentId === null ? null : this.tasks.findById(task.parentId),
      this.plans.getSummary(task.planId),
    ]);
    const family = [task, ...children];
    const ids = family.map((member) => member.id);
    const [departments, targets] = await Promise.all([
      this.tasks.findDepartmentsByTasks(ids),
      this.tasks.findTargetsByTasks(ids),
    ]);
    await this.access.assertCanReadTask(user, {
      id,
      jurisdictionCode: plan.jurisdictionCode,
      departmentIds: departments.filter((row) => row.taskId === id).map((row) => row.id),
    });
    const [node] = buildTaskTree(family, departments, targets);
    // A sub-item usually names no indicator of its own: it works under its parent's.
    const indicator = task.indicatorCode ?? parent?.indicatorCode ?? null;
    const leaders = indicator
      ? await this.plans.getIndicatorLeaders(task.planId, indicator)
      : { leaders: [], leaderText: null };
    return toTaskDetailResponse(node!, plan, parent, leaders);
  }
}
