import { BellOutlined } from '@ant-design/icons';
import type { NotificationResponse } from '@bizenv/shared';
import { Alert, Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotifications } from '../api/get-notifications';
import { NotificationList } from './notification-list';
import '../notifications.css';

/** The header bell: unread count (polled every minute) and the recent notifications. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const query = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = query.data?.unreadCount ?? 0;

  const openItem = (item: NotificationResponse) => {
    if (item.readAt === null) markRead.mutate(item.id);
    setOpen(false);
    if (item.link) void navigate(item.link);
  };

  const panel = (
    <div className="notification-panel">
      <div className="notification-panel__head">
        <strong>消息通知</strong>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          全部已读
        </Button>
      </div>
      {query.isError && <Alert type="error" showIcon title={query.error.message} />}
      {(markRead.isError || markAll.isError) && (
        <Alert type="error" showIcon title={(markRead.error ?? markAll.error)?.message} />
      )}
      <div className="notification-panel__body">
        {query.data && <NotificationList items={query.data.items} onOpen={openItem} />}
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={panel}
      arrow={false}
      classNames={{ root: 'notification-popover' }}
    >
      <Button
        type="text"
        className="notification-bell"
        aria-label={unread > 0 ? `消息通知，${unread}条未读` : '消息通知'}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined className="notification-bell__icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
