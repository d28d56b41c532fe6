import { AlertOutlined, CheckSquareOutlined, CommentOutlined } from '@ant-design/icons';
import { NOTICE_LEVEL_LABELS, type NoticeResponse } from '@bizenv/shared';
import type { ActivityItem } from '@/components/activity-timeline';
import { formatDate } from '@/lib/format';

/**
 * A notice as timeline entries: issued, answered, closed (drafts are the office's own business
 * and stay out of the task's history).
 */
export function noticeToActivity(notice: NoticeResponse): ActivityItem[] {
  const level = NOTICE_LEVEL_LABELS[notice.level];
  const items: ActivityItem[] = [];
  if (notice.issuedAt) {
    items.push({
      key: `notice-${notice.id}-issued`,
      at: notice.issuedAt,
      icon: <AlertOutlined />,
      color: notice.level === 'circular' ? 'red' : 'volcano',
      label: `${level}下发`,
      title: `向${notice.department.name}下发${level}，限${formatDate(notice.responseDue)}前回复`,
      detail: notice.reason,
    });
  }
  if (notice.answeredAt) {
    items.push({
      key: `notice-${notice.id}-answered`,
      at: notice.answeredAt,
      icon: <CommentOutlined />,
      color: 'blue',
      label: `${level}回复`,
      title: `${notice.department.name}回复${level}`,
      detail: notice.response,
    });
  }
  if (notice.closedAt) {
    items.push({
      key: `notice-${notice.id}-closed`,
      at: notice.closedAt,
      icon: <CheckSquareOutlined />,
      color: 'green',
      label: `${level}办结`,
      title: `${level}已办结（${notice.department.name}）`,
    });
  }
  return items;
}
