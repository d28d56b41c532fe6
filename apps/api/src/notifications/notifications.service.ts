import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationListResponse, SessionUser } from '@bizenv/shared';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { notificationNotFound } from './notifications.errors.js';
import { toNotificationResponse } from './notifications.mapper.js';
import {
  type NewNotification,
  NotificationsRepository,
  type Recipient,
} from './notifications.repository.js';

/** What a notification says; the recipients are given separately. */
export interface NotificationContent {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Web-app path the notification opens ("/tasks/12"). */
  link?: string | null;
  /**
   * Set for generated notifications that must exist once (reminders): the recipient is
   * appended (":d<departmentId>" / ":u<userId>") so each recipient's row is unique, and a
   * second call with the same key — from this or another API instance — inserts nothing.
   */
  dedupeKey?: string;
}

/** Most recent notifications a list returns. */
const LIST_LIMIT = 100;

@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Notifies every user of each department, inside the caller's transaction (so the
   * notification exists exactly when the write that caused it commits). Returns the ids of
   * the notifications created (fewer than departments when a dedupe key existed already).
   */
  notifyDepartments(
    manager: EntityManager,
    departmentIds: number[],
    content: NotificationContent,
  ): Promise<number[]> {
    return this.notifications.insert(
      manager,
      unique(departmentIds).map((id) =>
        newNotification(content, { recipientDepartmentId: id, recipientUserId: null }, `d${id}`),
      ),
    );
  }

  /** Notifies individual users, inside the caller's transaction. */
  notifyUsers(
    manager: EntityManager,
    userIds: number[],
    content: NotificationContent,
  ): Promise<number[]> {
    return this.notifications.insert(
      manager,
      unique(userIds).map((id) =>
        newNotification(content, { recipientDepartmentId: null, recipientUserId: id }, `u${id}`),
      ),
    );
  }

  async list(user: SessionUser, unreadOnly: boolean): Promise<NotificationListResponse> {
    const recipient = recipientOf(user);
    const [rows, unreadCount] = await Promise.all([
      this.notifications.list(recipient, unreadOnly, LIST_LIMIT),
      this.notifications.countUnread(recipient),
    ]);
    return { items: rows.map(toNotificationResponse), unreadCount };
  }

  /** Marks one of the user's notifications read; someone else's answers 404. */
  async markRead(user: SessionUser, id: number): Promise<void> {
    const recipient = recipientOf(user);
    if (!(await this.notifications.isVisible(id, recipient))) throw notificationNotFound();
    // A read mark is the user's own view state, not business data: it is not audited.
    await this.transactions.run((manager) => this.notifications.markRead(manager, [id], user.id));
  }

  /** Marks all of the user's unread notifications read; returns how many were unread. */
  async markAllRead(user: SessionUser): Promise<number> {
    return this.transactions.run(async (manager) => {
      const ids = await this.notifications.findUnreadIds(recipientOf(user));
      await this.notifications.markRead(manager, ids, user.id);
      return ids.length;
    });
  }
}

function recipientOf(user: SessionUser): Recipient {
  return { userId: user.id, departmentId: user.role === 'department' ? user.departmentId : null };
}

function newNotification(
  content: NotificationContent,
  recipient: Pick<NewNotification, 'recipientDepartmentId' | 'recipientUserId'>,
  recipientKey: string,
): NewNotification {
  return {
    ...recipient,
    kind: content.kind,
    title: content.title,
    body: content.body,
    link: content.link ?? null,
    dedupeKey: content.dedupeKey === undefined ? null : `${content.dedupeKey}:${recipientKey}`,
  };
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}
