import type { DepartmentKind, RequestStatus } from '@bizenv/shared';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { PlanEntity } from '../../plans/plan.entity.js';
import { TaskEntity } from '../../tasks/task.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/** The names a request is shown with, read alongside it. */
export interface RequestNames {
  taskPlanId: number;
  taskCode: string;
  taskTitle: string;
  jurisdictionCode: string;
  requesterName: string;
  departmentName: string;
  departmentKind: DepartmentKind;
  deciderName: string | null;
}

/** Which requests a list holds. */
export interface RequestFilter {
  id?: number;
  taskId?: number;
  /** Requests on tasks of plans of this jurisdiction. */
  jurisdictionCode?: string;
  /** Requests made by this department. */
  departmentId?: number;
  status?: RequestStatus;
}

interface RawNames {
  n_plan_id: number | string;
  n_task_code: string;
  n_task_title: string;
  n_jurisdiction_code: string;
  n_requester: string;
  n_department: string;
  n_department_kind: DepartmentKind;
  n_decider: string | null;
}

/**
 * A query over a request table (closure_request, change_request: alias `r`, with task_id,
 * requested_by, department_id, decided_by, status and created_at) that also reads the names
 * the responses show, filtered and newest first (at most `limit`, when given).
 */
export function requestQuery<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  filter: RequestFilter,
  limit: number | null,
): SelectQueryBuilder<T> {
  const query = manager
    .createQueryBuilder(entity, 'r')
    .innerJoin(TaskEntity, 't', 't.id = r.taskId')
    .innerJoin(PlanEntity, 'p', 'p.id = t.planId')
    .innerJoin(UserEntity, 'ru', 'ru.id = r.requestedBy')
    .innerJoin(DepartmentEntity, 'd', 'd.id = r.departmentId')
    .leftJoin(UserEntity, 'du', 'du.id = r.decidedBy')
    .addSelect('t.planId', 'n_plan_id')
    .addSelect('t.code', 'n_task_code')
    .addSelect('t.title', 'n_task_title')
    .addSelect('p.jurisdictionCode', 'n_jurisdiction_code')
    .addSelect('ru.displayName', 'n_requester')
    .addSelect('d.name', 'n_department')
    .addSelect('d.kind', 'n_department_kind')
    .addSelect('du.displayName', 'n_decider')
    .orderBy('r.createdAt', 'DESC')
    .addOrderBy('r.id', 'DESC');
  if (limit !== null) query.limit(limit);
  if (filter.id !== undefined) query.andWhere('r.id = :id', filter);
  if (filter.taskId !== undefined) query.andWhere('r.taskId = :taskId', filter);
  if (filter.jurisdictionCode !== undefined)
    query.andWhere('p.jurisdictionCode = :jurisdictionCode', filter);
  if (filter.departmentId !== undefined) query.andWhere('r.departmentId = :departmentId', filter);
  if (filter.status !== undefined) query.andWhere('r.status = :status', filter);
  return query;
}

/** Runs a requestQuery: each entity with its names. */
export async function withNames<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<{ request: T; names: RequestNames }[]> {
  const { entities, raw } = await query.getRawAndEntities<RawNames>();
  return entities.map((request, index) => {
    const row = raw[index]!;
    return {
      request,
      names: {
        taskPlanId: Number(row.n_plan_id),
        taskCode: row.n_task_code,
        taskTitle: row.n_task_title,
        jurisdictionCode: row.n_jurisdiction_code,
        requesterName: row.n_requester,
        departmentName: row.n_department,
        departmentKind: row.n_department_kind,
        deciderName: row.n_decider,
      },
    };
  });
}
