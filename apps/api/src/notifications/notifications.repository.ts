import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import { insertIgnoringDuplicates } from '../database/insert-ignoring-duplicates.js';
import { NotificationReadEntity } from './notification-read.entity.js';
import { NotificationEntity } from './notification.entity.js';

/** Whose notifications: the user's own and those addressed to the user's department. */
export interface Recipient {
  userId: number;
  departmentId: number | null;
}

export type NewNotification = Pick<
  NotificationEntity,
  'recipientDepartmentId' | 'recipientUserId' | 'kind' | 'title' | 'body' | 'link' | 'dedupeKey'
>;

/** A notification with the recipient's own read time. */
export interface NotificationRow {
  notification: NotificationEntity;
  readAt: Date | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
  ) {}

  /** Inserts the rows, skipping any whose dedupe_key exists already; the ids of new rows. */
  insert(manager: EntityManager, rows: NewNotification[]): Promise<number[]> {
    return insertIgnoringDuplicates(manager, NotificationEntity, rows);
  }

  async list(recipient: Recipient, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    const qb = this.visibleTo(recipient)
      .addSelect('r.readAt', 'read_at_of_user')
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (unreadOnly) qb.andWhere('r.userId IS NULL');
    const { entities, raw } = await qb.getRawAndEntities<{
      read_at_of_user: Date | string | null;
    }>();
    return entities.map((notification, index) => ({
      notification,
      readAt: toDate(raw[index]?.read_at_of_user ?? null),
    }));
  }

  countUnread(recipient: Recipient): Promise<number> {
    return this.visibleTo(recipient).andWhere('r.userId IS NULL').getCount();
  }

  async isVisible(id: number, recipient: Recipient): Promise<boolean> {
    return (await this.visibleTo(recipient).andWhere('n.id = :id', { id }).getCount()) > 0;
  }

  async findUnreadIds(recipient: Recipient): Promise<number[]> {
    const rows = await this.visibleTo(recipient)
      .andWhere('r.userId IS NULL')
      .select('n.id', 'id')
      .getRawMany<{ id: number | string }>();
    return rows.map((row) => Number(row.id));
  }

  /** Marks notifications read for the user; already-read ones keep their first read time. */
  async markRead(manager: EntityManager, ids: number[], userId: number): Promise<void> {
    if (ids.length === 0) return;
    await insertIgnoringDuplicates(
      manager,
      NotificationReadEntity,
      ids.map((notificationId) => ({ notificationId, userId })),
      null,
    );
  }

  private visibleTo(recipient: Recipient): SelectQueryBuilder<NotificationEntity> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .leftJoin(NotificationReadEntity, 'r', 'r.notificationId = n.id AND r.userId = :userId', {
        userId: recipient.userId,
      });
    return recipient.departmentId === null
      ? qb.where('n.recipientUserId = :userId')
      : qb.where('(n.recipientUserId = :userId OR n.recipientDepartmentId = :departmentId)', {
          departmentId: recipient.departmentId,
        });
  }
}

/** SQLite returns raw datetimes as UTC text without a zone; PostgreSQL returns Dates. */
function toDate(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
