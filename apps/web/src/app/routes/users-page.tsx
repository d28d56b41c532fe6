import { Card, Flex, Typography } from 'antd';
import { NotFoundState } from '@/components/not-found-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { UserManagement } from '@/features/users/components/user-management';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';

/** /office/users — the office manages the accounts of its jurisdiction. */
export function UsersPage() {
  const user = useCurrentUser();
  const code = user?.role === 'office' ? user.jurisdictionCode : undefined;
  useReportPlace(code);
  const { data: jurisdiction } = useJurisdiction(code);
  const departments = useJurisdictionDepartments(code);

  if (!user || user.role !== 'office') {
    return (
      <NotFoundState title="用户管理仅供营商办使用" description="请从左侧菜单进入本角色的页面。" />
    );
  }
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle('用户管理')}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Typography.Text type="secondary">
          {jurisdiction?.name ?? ''}的账号：新建用户须设置初始密码，用户首次登录时修改。
        </Typography.Text>
      </div>
      <Card size="small">
        <UserManagement
          departments={departments.data ?? []}
          isCity={jurisdiction?.level === 'city'}
          currentUserId={user.id}
        />
      </Card>
    </Flex>
  );
}
