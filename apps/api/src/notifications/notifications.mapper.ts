import type { NotificationResponse } from '@bizenv/shared';
import type { NotificationRow } from './notifications.repository.js';

export function toNotificationResponse({
  notification,
  readAt,
}: NotificationRow): NotificationResponse {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    departmentId: notification.recipientDepartmentId,
    createdAt: notification.createdAt.toISOString(),
    readAt: readAt?.toISOString() ?? null,
  };
}
