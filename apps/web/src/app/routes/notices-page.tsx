import { Flex, Typography } from 'antd';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { NoticeBoard } from '@/features/notices/components/notice-board';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { useTaskOptions } from '../use-task-options';

/** /notices — 督办: drafts and issued notices (office), the department's notices and answers. */
export function NoticesPage() {
  const user = useCurrentUser();
  useReportPlace(user?.jurisdictionCode);
  const { data: departments } = useJurisdictionDepartments(user?.jurisdictionCode);
  const tasks = useTaskOptions(user);
  if (!user) return null;
  return (
    <Flex vertical gap={12}>
      <title>{pageTitle('督办')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          督办
        </Typography.Title>
        <Typography.Text type="secondary">
          {user.role === 'office'
            ? '系统按逾期任务和未报送月报自动生成督办草稿，核对后下发；部门回复后办结。'
            : '营商办下发的督办通知，请在回复期限前回复办理情况。'}
        </Typography.Text>
      </div>
      <NoticeBoard user={user} departments={departments ?? []} tasks={tasks} />
    </Flex>
  );
}
