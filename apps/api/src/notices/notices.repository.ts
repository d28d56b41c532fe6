import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NoticeStatus } from '@bizenv/shared';
import { type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { insertIgnoringDuplicates } from '../database/insert-ignoring-duplicates.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { NoticeEventEntity } from './notice-event.entity.js';
import { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/** Most notices one list returns. */
const LIST_LIMIT = 1000;

/**
 * Which notices a list selects. Scope first (what the user may read), then the query's filters.
 * Discarded drafts are never listed.
 */
export interface NoticeFilter {
  /** Non-draft notices of these jurisdictions. */
  jurisdictionCodes: string[];
  /** Drafts too, in this jurisdiction (the office's own). */
  draftsOf?: string;
  /** Only notices addressed to this department (department users). */
  addressedTo?: number;
  status?: NoticeStatus;
  departmentId?: number;
  taskId?: number;
}

export type NewNotice = Omit<
  SupervisionNoticeEntity,
  | 'id'
  | 'jurisdiction'
  | 'task'
  | 'problem'
  | 'department'
  | 'answeredByUser'
  | 'issuedByUser'
  | 'closedByUser'
  | 'discardedByUser'
  | 'createdByUser'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

export type NoticeChanges = Partial<
  Pick<
    SupervisionNoticeEntity,
    | 'departmentId'
    | 'reason'
    | 'level'
    | 'responseDue'
    | 'status'
    | 'response'
    | 'answeredBy'
    | 'answeredAt'
    | 'issuedBy'
    | 'issuedAt'
    | 'closedBy'
    | 'closedAt'
    | 'discardedBy'
    | 'discardedAt'
  >
>;

export type NewNoticeEvent = Omit<NoticeEventEntity, 'id' | 'notice' | 'actor'>;

export interface NoticeEventRow extends NoticeEventEntity {
  actorName: string | null;
}

@Injectable()
export class NoticesRepository {
  constructor(
    @InjectRepository(SupervisionNoticeEntity)
    private readonly notices: Repository<SupervisionNoticeEntity>,
  ) {}

  /** A notice that was not discarded, with its department and task. */
  findById(id: number): Promise<SupervisionNoticeEntity | null> {
    return this.withRelations()
      .where('n.id = :id', { id })
      .andWhere('n.discardedAt IS NULL')
      .getOne();
  }

  list(filter: NoticeFilter): Promise<SupervisionNoticeEntity[]> {
    const codes = filter.jurisdictionCodes;
    if (codes.length === 0 && !filter.draftsOf) return Promise.resolve([]);
    const query = this.withRelations().where('n.discardedAt IS NULL');
    const visible: string[] = [];
    if (codes.length > 0)
      visible.push(`(n.status <> 'draft' AND n.jurisdictionCode IN (:...codes))`);
    if (filter.draftsOf) visible.push(`(n.status = 'draft' AND n.jurisdictionCode = :draftsOf)`);
    query.andWhere(`(${visible.join(' OR ')})`, { codes, draftsOf: filter.draftsOf });
    if (filter.addressedTo !== undefined) {
      query.andWhere('n.departmentId = :addressedTo', { addressedTo: filter.addressedTo });
    }
    if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
    if (filter.departmentId)
      query.andWhere('n.departmentId = :departmentId', { departmentId: filter.departmentId });
    if (filter.taskId) query.andWhere('n.taskId = :taskId', { taskId: filter.taskId });
    return query.orderBy('n.id', 'DESC').take(LIST_LIMIT).getMany();
  }

  async insert(manager: EntityManager, row: NewNotice): Promise<number> {
    const result = await manager.insert(SupervisionNoticeEntity, row);
    return Number(result.identifiers[0]!.id);
  }

  /**
   * Inserts generated drafts; rows whose dedupe_key exists (drafted before, by this or another
   * instance, even if discarded since) are skipped atomically. Returns the new rows' ids.
   */
  insertIgnoringDuplicates(manager: EntityManager, rows: NewNotice[]): Promise<number[]> {
    return insertIgnoringDuplicates(manager, SupervisionNoticeEntity, rows);
  }

  /** The rows with these ids as the caller's transaction sees them (no relations). */
  findKeys(manager: EntityManager, ids: number[]): Promise<SupervisionNoticeEntity[]> {
    return manager.findBy(SupervisionNoticeEntity, { id: In(ids) });
  }

  /** Applies the changes if the row is still at `version` and in `status`; false otherwise. */
  async update(
    manager: EntityManager,
    id: number,
    expected: { version: number; status: NoticeStatus },
    changes: NoticeChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SupervisionNoticeEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND status = :status', { id, ...expected })
      .andWhere('discarded_at IS NULL')
      .execute();
    return result.affected === 1;
  }

  async insertEvents(manager: EntityManager, events: NewNoticeEvent[]): Promise<void> {
    if (events.length > 0) await manager.insert(NoticeEventEntity, events);
  }

  async findEvents(noticeId: number): Promise<NoticeEventRow[]> {
    const { entities, raw } = await this.notices.manager
      .createQueryBuilder(NoticeEventEntity, 'e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actorUserId')
      .addSelect('u.displayName', 'actor_name')
      .where('e.noticeId = :noticeId', { noticeId })
      .orderBy('e.id', 'ASC')
      .getRawAndEntities<{ actor_name: string | null }>();
    return entities.map((event, index) =>
      Object.assign(event, { actorName: raw[index]?.actor_name ?? null }),
    );
  }

  departmentExistsIn(departmentId: number, jurisdictionCode: string): Promise<boolean> {
    return this.notices.manager.existsBy(DepartmentEntity, { id: departmentId, jurisdictionCode });
  }

  private withRelations(): SelectQueryBuilder<SupervisionNoticeEntity> {
    return this.notices
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.department', 'department')
      .leftJoinAndSelect('n.task', 'task');
  }
}
