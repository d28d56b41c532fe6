import { NOTICE_ORIGIN_LABELS, type NoticeResponse } from '@bizenv/shared';
import { Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { formatDate, formatInstant } from '@/lib/format';
import type { NoticeAction } from '../lib/notice-permissions';
import { RESPONSE_STATE_LABELS, type ResponseState } from '../lib/response-state';
import { NoticeLevelTag, NoticeStatusTag } from './notice-level-tag';

interface NoticeCardProps {
  notice: NoticeResponse;
  state: ResponseState;
  actions: NoticeAction[];
  onAction: (action: NoticeAction) => void;
  /** The addressee links to the notice's page (instructions, history). */
  linked?: boolean;
  discarding: boolean;
  discardError: unknown;
  onReload: () => void;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="notice-card__row">
      <span className="meta-label">{label}</span>
      <span className="notice-card__value">{children}</span>
    </div>
  );
}

/** One notice: level, state, addressee, subject, reason, answer, and what the user may do. */
export function NoticeCard(props: NoticeCardProps) {
  const { notice, state, actions, onAction, linked, discarding, discardError, onReload } = props;
  const flagged = state === 'overdue' || state === 'late';
  return (
    <Card
      size="small"
      className={`notice-card${flagged ? ' notice-card--overdue' : ''}`}
      data-notice={notice.id}
      title={
        <Flex gap={6} wrap align="center">
          <NoticeLevelTag level={notice.level} />
          {linked ? (
            <Link to={`/notices/${notice.id}`} className="notice-card__dept">
              {notice.department.name}
            </Link>
          ) : (
            <span className="notice-card__dept">{notice.department.name}</span>
          )}
          <NoticeStatusTag status={notice.status} />
          {state !== 'none' && (
            <Tag color={state === 'due_today' ? 'gold' : 'red'} className="notice-card__flag">
              {RESPONSE_STATE_LABELS[state]}
            </Tag>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={6}>
        {notice.task && (
          <Row label="关联任务">
            <Link to={`/tasks/${notice.task.id}`}>
              {notice.task.code} {notice.task.title}
            </Link>
          </Row>
        )}
        <Row label="督办事由">{notice.reason}</Row>
        <Row label="回复期限">
          <span className={flagged ? 'notice-card__due--overdue' : undefined}>
            {formatDate(notice.responseDue)}
          </span>
        </Row>
        {notice.status === 'draft' && <Row label="来源">{NOTICE_ORIGIN_LABELS[notice.origin]}</Row>}
        {notice.issuedAt && <Row label="下发时间">{formatInstant(notice.issuedAt)}</Row>}
        {notice.response && (
          <Row label="回复内容">
            <Typography.Text className="notice-card__response">{notice.response}</Typography.Text>
            <Typography.Text type="secondary" className="notice-card__when">
              {formatInstant(notice.answeredAt)}
            </Typography.Text>
          </Row>
        )}
        {notice.closedAt && <Row label="办结时间">{formatInstant(notice.closedAt)}</Row>}
        {actions.length > 0 && (
          <Flex gap={8} wrap justify="flex-end">
            {actions.includes('discard') && (
              <Popconfirm
                title="删除该督办草稿？"
                description="删除后不可恢复。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => onAction('discard')}
              >
                <Button danger loading={discarding}>
                  删除草稿
                </Button>
              </Popconfirm>
            )}
            {actions.includes('edit') && (
              <Button type="primary" onClick={() => onAction('edit')}>
                编辑
              </Button>
            )}
            {actions.includes('answer') && (
              <Button type="primary" onClick={() => onAction('answer')}>
                回复
              </Button>
            )}
            {actions.includes('close') && (
              <Button type="primary" onClick={() => onAction('close')}>
                办结
              </Button>
            )}
          </Flex>
        )}
        <MutationErrorAlert error={discardError} onReload={onReload} />
      </Flex>
    </Card>
  );
}
