import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChangeRequestKind, DepartmentKind } from '@bizenv/shared';
import { type EntityManager, Repository } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity.js';
import type { TaskDepartmentRole } from '../../tasks/task-department.entity.js';
import {
  type RequestFilter,
  type RequestNames,
  requestQuery,
  withNames,
} from '../requests/request-query.repository.js';
import { ChangeRequestDepartmentEntity } from './change-request-department.entity.js';
import { ChangeRequestEntity } from './change-request.entity.js';

export interface ProposedDepartment {
  id: number;
  name: string;
  kind: DepartmentKind;
  role: TaskDepartmentRole;
}

export interface ChangeRequestRow {
  request: ChangeRequestEntity;
  names: RequestNames;
  /** Empty when the request does not change ownership. */
  departments: ProposedDepartment[];
}

export type NewChangeRequest = Omit<
  ChangeRequestEntity,
  'id' | 'version' | 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'
>;

type Decision = Pick<ChangeRequestEntity, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'>;

interface RawProposedDepartment {
  requestId: number | string;
  id: number | string;
  name: string;
  kind: DepartmentKind;
  role: TaskDepartmentRole;
}

@Injectable()
export class ChangeRequestsRepository {
  constructor(
    @InjectRepository(ChangeRequestEntity)
    private readonly requests: Repository<ChangeRequestEntity>,
  ) {}

  findById(id: number): Promise<ChangeRequestEntity | null> {
    return this.requests.findOneBy({ id });
  }

  hasPending(manager: EntityManager, taskId: number, kind: ChangeRequestKind): Promise<boolean> {
    return manager.existsBy(ChangeRequestEntity, { taskId, kind, status: 'pending' });
  }

  async insert(
    manager: EntityManager,
    request: NewChangeRequest,
    departments: { lead: number[]; support: number[] } | null,
  ): Promise<number> {
    const result = await manager.insert(ChangeRequestEntity, {
      ...request,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
    });
    const id = Number(result.identifiers[0]!.id);
    if (departments) {
      const row = (role: TaskDepartmentRole) => (departmentId: number, order: number) => ({
        changeRequestId: id,
        departmentId,
        role,
        order,
      });
      await manager.insert(ChangeRequestDepartmentEntity, [
        ...departments.lead.map(row('lead')),
        ...departments.support.map(row('support')),
      ]);
    }
    return id;
  }

  /** Records the office's decision if the request is still pending at `version`. */
  async decide(
    manager: EntityManager,
    id: number,
    version: number,
    decision: Decision,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ChangeRequestEntity)
      .set({ ...decision, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND status = :pending', {
        id,
        version,
        pending: 'pending',
      })
      .execute();
    return result.affected === 1;
  }

  async list(
    filter: RequestFilter,
    limit: number | null,
    manager: EntityManager = this.requests.manager,
  ): Promise<ChangeRequestRow[]> {
    const rows = await withNames(requestQuery(manager, ChangeRequestEntity, filter, limit));
    if (rows.length === 0) return [];
    const departments = await manager
      .createQueryBuilder(ChangeRequestDepartmentEntity, 'cd')
      .innerJoin(DepartmentEntity, 'd', 'd.id = cd.departmentId')
      .select('cd.changeRequestId', 'requestId')
      .addSelect('d.id', 'id')
      .addSelect('d.name', 'name')
      .addSelect('d.kind', 'kind')
      .addSelect('cd.role', 'role')
      .where('cd.changeRequestId IN (:...ids)', { ids: rows.map((row) => row.request.id) })
      .orderBy('cd.role')
      .addOrderBy('cd.order')
      .getRawMany<RawProposedDepartment>();
    return rows.map((row) => ({
      ...row,
      departments: departments
        .filter((d) => Number(d.requestId) === row.request.id)
        .map((d) => ({ id: Number(d.id), name: d.name, kind: d.kind, role: d.role })),
    }));
  }
}
