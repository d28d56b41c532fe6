import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { IndicatorCode, ProblemStatus } from '@bizenv/shared';
import { type EntityManager, Repository } from 'typeorm';
import type { TaskFilter } from '../access/access-policy.service.js';
import { AttachmentEntity } from '../attachments/attachment.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ProblemAttachmentEntity } from './problem-attachment.entity.js';
import { ProblemEventEntity } from './problem-event.entity.js';
import { ProblemEntity } from './problem.entity.js';

/** Attachment owner type of problem evidence (attachment.owner_type). */
export const PROBLEM_OWNER_TYPE = 'problem';

/** Most problems one list returns (a county's whole problem list fits easily). */
const LIST_LIMIT = 1000;

/** Which problems a list selects; `reader` narrows it to what the user may read. */
export interface ProblemFilter {
  jurisdictionCodes: string[];
  /** For department users: their own department and the tasks they may read. */
  departmentReader?: { departmentId: number; taskFilter: TaskFilter };
  status?: ProblemStatus;
  taskId?: number;
  ownerDepartmentId?: number;
  indicator?: IndicatorCode;
}

export type NewProblem = Omit<
  ProblemEntity,
  | 'id'
  | 'jurisdiction'
  | 'task'
  | 'indicator'
  | 'ownerDepartment'
  | 'closedByUser'
  | 'createdByUser'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
>;

export type ProblemChanges = Partial<
  Pick<
    ProblemEntity,
    | 'description'
    | 'measure'
    | 'source'
    | 'ownerDepartmentId'
    | 'deadline'
    | 'status'
    | 'rectifiedAt'
    | 'closedBy'
    | 'closedAt'
  >
>;

export type NewProblemEvent = Omit<ProblemEventEntity, 'id' | 'problem' | 'actor'>;

export interface ProblemEventRow extends ProblemEventEntity {
  actorName: string;
}

@Injectable()
export class ProblemsRepository {
  constructor(
    @InjectRepository(ProblemEntity) private readonly problems: Repository<ProblemEntity>,
  ) {}

  /** The problem with its owner department and task (for the response). */
  findById(
    id: number,
    manager: EntityManager = this.problems.manager,
  ): Promise<ProblemEntity | null> {
    return manager.findOne(ProblemEntity, {
      where: { id },
      relations: { ownerDepartment: true, task: true },
    });
  }

  list(filter: ProblemFilter): Promise<ProblemEntity[]> {
    if (filter.jurisdictionCodes.length === 0) return Promise.resolve([]);
    const query = this.problems
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.ownerDepartment', 'owner')
      .leftJoinAndSelect('p.task', 't')
      .where('p.jurisdictionCode IN (:...jurisdictionCodes)', {
        jurisdictionCodes: filter.jurisdictionCodes,
      });
    const reader = filter.departmentReader;
    if (reader) {
      query.andWhere(
        `(p.ownerDepartmentId = :readerDepartmentId OR (p.taskId IS NOT NULL AND ${reader.taskFilter.where}))`,
        { readerDepartmentId: reader.departmentId, ...reader.taskFilter.params },
      );
    }
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.taskId) query.andWhere('p.taskId = :taskId', { taskId: filter.taskId });
    if (filter.ownerDepartmentId) {
      query.andWhere('p.ownerDepartmentId = :ownerDepartmentId', {
        ownerDepartmentId: filter.ownerDepartmentId,
      });
    }
    if (filter.indicator)
      query.andWhere('p.indicatorCode = :indicator', { indicator: filter.indicator });
    return query.orderBy('p.deadline', 'ASC').addOrderBy('p.id', 'ASC').take(LIST_LIMIT).getMany();
  }

  async insert(manager: EntityManager, row: NewProblem): Promise<number> {
    const result = await manager.insert(ProblemEntity, row);
    return Number(result.identifiers[0]!.id);
  }

  /** Applies the changes if the row is still at `version`; false when someone wrote first. */
  async update(
    manager: EntityManager,
    id: number,
    version: number,
    changes: ProblemChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProblemEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async insertEvent(manager: EntityManager, event: NewProblemEvent): Promise<void> {
    await manager.insert(ProblemEventEntity, event);
  }

  async findEvents(problemId: number): Promise<ProblemEventRow[]> {
    const { entities, raw } = await this.problems.manager
      .createQueryBuilder(ProblemEventEntity, 'e')
      .innerJoin(UserEntity, 'u', 'u.id = e.actorUserId')
      .addSelect('u.displayName', 'actor_name')
      .where('e.problemId = :problemId', { problemId })
      .orderBy('e.id', 'ASC')
      .getRawAndEntities<{ actor_name: string }>();
    return entities.map((event, index) =>
      Object.assign(event, { actorName: raw[index]!.actor_name }),
    );
  }

  findAttachments(problemId: number): Promise<AttachmentEntity[]> {
    return this.problems.manager
      .createQueryBuilder(AttachmentEntity, 'a')
      .innerJoin(ProblemAttachmentEntity, 'pa', 'pa.attachmentId = a.id')
      .where('pa.problemId = :problemId', { problemId })
      .orderBy('pa.order', 'ASC')
      .getMany();
  }

  async findAttachmentIds(manager: EntityManager, problemId: number): Promise<string[]> {
    const rows = await manager.find(ProblemAttachmentEntity, {
      where: { problemId },
      order: { order: 'ASC' },
    });
    return rows.map((row) => row.attachmentId);
  }

  /** Makes `ids` (in that order) the problem's evidence list. */
  async setAttachments(manager: EntityManager, problemId: number, ids: string[]): Promise<void> {
    await manager.delete(ProblemAttachmentEntity, { problemId });
    if (ids.length === 0) return;
    await manager.insert(
      ProblemAttachmentEntity,
      ids.map((attachmentId, order) => ({ attachmentId, problemId, order })),
    );
  }

  departmentExistsIn(departmentId: number, jurisdictionCode: string): Promise<boolean> {
    return this.problems.manager.existsBy(DepartmentEntity, { id: departmentId, jurisdictionCode });
  }
}
