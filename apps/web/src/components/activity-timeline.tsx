import { Empty, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatInstant } from '@/lib/format';
import './activity-timeline.css';

/**
 * One entry of a merged history (task events, reports, notices, problems). Each feature maps its
 * own records to this shape; the page that composes them passes the union here.
 */
export interface ActivityItem {
  /** Unique across sources, e.g. "event-12", "notice-3". */
  key: string;
  /** UTC instant (ISO 8601) the entry happened; newest first. */
  at: string;
  icon: ReactNode;
  /** antd timeline colour: blue, green, red, gray, or a CSS colour. */
  color: string;
  /** The kind of entry in a few Chinese words: "状态变更", "月度报告". */
  label: string;
  /** The one line that says what happened. */
  title: ReactNode;
  /** Who did it, when relevant ("县营商办 张三"). */
  actor?: string | null | undefined;
  /** Details: reason, before → after, decision… */
  detail?: ReactNode;
}

/** Newest first; ties keep the order given. */
export function sortActivity(items: ActivityItem[]): ActivityItem[] {
  return [...items].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

interface ActivityTimelineProps {
  items: ActivityItem[];
  emptyText?: string;
}

/** A merged history, newest first, each entry with its icon, Chinese label, time and actor. */
export function ActivityTimeline({ items, emptyText = '暂无记录' }: ActivityTimelineProps) {
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Timeline
      className="activity-timeline"
      items={sortActivity(items).map((item) => ({
        key: item.key,
        icon: item.icon,
        color: item.color,
        content: (
          <div className="activity-item" data-activity={item.key}>
            <div className="activity-item__head">
              <Tag className="activity-item__label" color={item.color}>
                {item.label}
              </Tag>
              <span className="activity-item__title">{item.title}</span>
            </div>
            <Typography.Text type="secondary" className="activity-item__meta">
              {formatInstant(item.at)}
              {item.actor ? ` · ${item.actor}` : ''}
            </Typography.Text>
            {item.detail && <div className="activity-item__detail">{item.detail}</div>}
          </div>
        ),
      }))}
    />
  );
}
