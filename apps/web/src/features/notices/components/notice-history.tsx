import {
  AlertOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  DeleteOutlined,
  EditOutlined,
} from '@ant-design/icons';
import type { NoticeEventAction, NoticeEventResponse } from '@bizenv/shared';
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { ActivityTimeline } from '@/components/activity-timeline';

const EVENTS: Record<NoticeEventAction, { label: string; icon: ReactNode; color: string }> = {
  drafted: { label: '起草', icon: <EditOutlined />, color: 'gray' },
  issued: { label: '签发', icon: <AlertOutlined />, color: 'volcano' },
  answered: { label: '回复', icon: <CommentOutlined />, color: 'blue' },
  closed: { label: '办结', icon: <CheckSquareOutlined />, color: 'green' },
  discarded: { label: '删除草稿', icon: <DeleteOutlined />, color: 'gray' },
};

/** 处理记录: who drafted, issued, answered and closed the notice, and when. */
export function NoticeHistory({ events }: { events: NoticeEventResponse[] }) {
  const items = events.map((event) => ({
    key: `notice-event-${event.id}`,
    at: event.at,
    icon: EVENTS[event.action].icon,
    color: EVENTS[event.action].color,
    label: EVENTS[event.action].label,
    title: `督办${EVENTS[event.action].label}`,
    actor: event.actorName ?? (event.action === 'drafted' ? '系统生成' : null),
    detail: event.reason,
  }));
  return (
    <Card size="small" title="处理记录">
      <ActivityTimeline items={items} emptyText="暂无处理记录" />
    </Card>
  );
}
