import { NOTIFICATION_KIND_LABELS, type NotificationResponse } from '@bizenv/shared';
import { Empty, Tag } from 'antd';
import { formatInstant } from '@/lib/format';

const KIND_COLORS: Record<NotificationResponse['kind'], string> = {
  leader_instruction: 'purple',
  notice_issued: 'red',
  notice_answered: 'blue',
  report_due_reminder: 'orange',
  task_deadline_reminder: 'gold',
  problem_assigned: 'magenta',
};

interface NotificationListProps {
  items: NotificationResponse[];
  onOpen: (notification: NotificationResponse) => void;
}

/** Notifications newest first; unread ones marked, each a button that opens what it is about. */
export function NotificationList({ items, onOpen }: NotificationListProps) {
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无消息" />;
  }
  return (
    <ul className="notification-list">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id}>
            <button
              type="button"
              className={`notification-item${unread ? ' notification-item--unread' : ''}`}
              onClick={() => onOpen(item)}
              aria-label={`${unread ? '未读：' : ''}${item.title}`}
            >
              <span className="notification-item__head">
                {unread && <span className="notification-item__dot" aria-hidden />}
                <Tag color={KIND_COLORS[item.kind]} className="notification-item__kind">
                  {NOTIFICATION_KIND_LABELS[item.kind]}
                </Tag>
                <span className="notification-item__title">{item.title}</span>
              </span>
              {item.body && <span className="notification-item__body">{item.body}</span>}
              <span className="notification-item__time">{formatInstant(item.createdAt)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
