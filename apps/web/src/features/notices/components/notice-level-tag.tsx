import {
  NOTICE_LEVEL_LABELS,
  NOTICE_STATUS_LABELS,
  type NoticeLevel,
  type NoticeStatus,
} from '@bizenv/shared';
import { Tag } from 'antd';

/** 提醒 is a nudge, 督办 an order, 通报 public criticism: the colours rise with the weight. */
const LEVEL_COLORS: Record<NoticeLevel, string> = {
  reminder: 'blue',
  supervision: 'orange',
  circular: 'red',
};

const STATUS_COLORS: Record<NoticeStatus, string> = {
  draft: 'default',
  issued: 'processing',
  answered: 'cyan',
  closed: 'success',
};

export function NoticeLevelTag({ level }: { level: NoticeLevel }) {
  return (
    <Tag color={LEVEL_COLORS[level]} variant="solid" className="notice-level" data-level={level}>
      {NOTICE_LEVEL_LABELS[level]}
    </Tag>
  );
}

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="notice-status" data-status={status}>
      {NOTICE_STATUS_LABELS[status]}
    </Tag>
  );
}
