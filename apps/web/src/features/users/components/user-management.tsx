import { ROLE_LABELS, type DepartmentResponse, type UserResponse } from '@bizenv/shared';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/api-client';
import { formatInstant } from '@/lib/format';
import { useUsers } from '../api/list-users';
import { useSetUserEnabled } from '../api/set-user-enabled';
import { USER_STATE_COLORS, USER_STATE_LABELS, userState } from '../lib/user-state';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserFormDialog } from './user-form-dialog';

interface UserManagementProps {
  departments: DepartmentResponse[];
  isCity: boolean;
  /** The signed-in office user, who may not disable itself. */
  currentUserId: number;
}

/** The accounts of the jurisdiction: list, create, edit, reset password, disable or enable. */
export function UserManagement({ departments, isCity, currentUserId }: UserManagementProps) {
  const users = useUsers();
  const setEnabled = useSetUserEnabled();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<UserResponse | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserResponse | null>(null);
  const [keyword, setKeyword] = useState('');
  const [role, setRole] = useState<string | undefined>();

  const rows = useMemo(() => {
    const k = keyword.trim().toLowerCase();
    return (users.data ?? []).filter(
      (u) =>
        (!role || u.role === role) &&
        (!k ||
          u.username.includes(k) ||
          u.displayName.toLowerCase().includes(k) ||
          (u.departmentName ?? '').includes(k)),
    );
  }, [users.data, keyword, role]);

  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  const saved = (text: string) => void message.success(text);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder="用户名、姓名或部门"
            aria-label="搜索用户"
            style={{ width: 220 }}
            onChange={(e) => setKeyword(e.target.value)}
          />
          <Select
            allowClear
            placeholder="全部角色"
            aria-label="角色"
            style={{ width: 140 }}
            value={role}
            onChange={setRole}
            options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新建用户
        </Button>
      </Flex>
      <Table<UserResponse>
        size="small"
        rowKey="id"
        loading={users.isPending}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(u) => ({ 'data-username': u.username }) as object}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名或称呼', dataIndex: 'displayName' },
          { title: '角色', key: 'role', render: (_, u) => ROLE_LABELS[u.role] },
          { title: '所属部门', key: 'department', render: (_, u) => u.departmentName ?? '—' },
          {
            title: '状态',
            key: 'state',
            render: (_, u) => {
              const state = userState(u);
              return <Tag color={USER_STATE_COLORS[state]}>{USER_STATE_LABELS[state]}</Tag>;
            },
          },
          { title: '最近登录', key: 'lastLogin', render: (_, u) => formatInstant(u.lastLoginAt) },
          {
            title: '操作',
            key: 'actions',
            fixed: 'right',
            render: (_, u) => (
              <Flex gap={4} wrap={false}>
                <Button size="small" type="link" onClick={() => setEditing(u)}>
                  编辑
                </Button>
                <Button size="small" type="link" onClick={() => setResetting(u)}>
                  重置密码
                </Button>
                {u.id !== currentUserId && (
                  <Popconfirm
                    title={u.disabledAt ? `启用 ${u.displayName}？` : `停用 ${u.displayName}？`}
                    description={
                      u.disabledAt
                        ? '启用后可正常登录（同时解除锁定）。'
                        : '停用后该用户立即退出登录，且不能再登录。'
                    }
                    okText={u.disabledAt ? '启用' : '停用'}
                    okButtonProps={{ danger: !u.disabledAt }}
                    cancelText="取消"
                    onConfirm={() =>
                      setEnabled.mutateAsync({ id: u.id, enabled: u.disabledAt !== null }).then(
                        () => saved(u.disabledAt ? '已启用' : '已停用'),
                        (error: unknown) => void message.error(errorMessage(error)),
                      )
                    }
                  >
                    <Button size="small" type="link" danger={!u.disabledAt}>
                      {u.disabledAt ? '启用' : '停用'}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <UserFormDialog
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : `edit-${editing.id}`}
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        departments={departments}
        isCity={isCity}
        onClose={() => setEditing(null)}
        onReload={() => void users.refetch()}
        onSaved={saved}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onReload={() => void users.refetch()}
        onDone={saved}
      />
    </Flex>
  );
}
