import { Card, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { PendingNoticesPanel } from '@/features/notices/components/pending-notices-panel';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { OpenProblemsPanel } from '@/features/problems/components/open-problems-panel';

/**
 * Composition point of the department workspace's side column: what else asks for the
 * department's attention besides this month's reports: notices (督办) waiting for its answer,
 * problems (问题清单) it still has to rectify, and the latest notifications.
 */
export function WorkspacePanels() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  const items = (notifications.data?.items ?? []).slice(0, 6);
  const departmentId = useCurrentUser()?.departmentId ?? null;
  return (
    <Flex vertical gap={12}>
      <PendingNoticesPanel />
      {departmentId !== null && <OpenProblemsPanel departmentId={departmentId} />}
      <Card size="small" title="最新消息" className="workspace-panel">
        <NotificationList
          items={items}
          onOpen={(item) => {
            if (item.readAt === null) markRead.mutate(item.id);
            if (item.link) void navigate(item.link);
          }}
        />
      </Card>
    </Flex>
  );
}
