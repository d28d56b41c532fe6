import {
  MANAGEABLE_ROLES,
  ROLE_LABELS,
  USERNAME_PATTERN,
  type DepartmentResponse,
  type ManageableRole,
  type UserResponse,
} from '@bizenv/shared';
import { Form, Input, Select } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { PasswordRules, passwordValidator } from '@/components/password-rules';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

interface UserFormValues {
  username: string;
  displayName: string;
  role: ManageableRole;
  departmentId: number | null;
  initialPassword: string;
}

interface UserFormDialogProps {
  /** The user to edit; null to create one. */
  user: UserResponse | null;
  open: boolean;
  departments: DepartmentResponse[];
  /** city_viewer exists only in a city. */
  isCity: boolean;
  onClose: () => void;
  onReload: () => void;
  onSaved: (message: string) => void;
}

/** Create a user (with an initial password to change at first sign-in) or edit name, role, department. */
export function UserFormDialog({
  user,
  open,
  departments,
  isCity,
  onClose,
  onReload,
  onSaved,
}: UserFormDialogProps) {
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const role = Form.useWatch('role', form);
  const username = Form.useWatch('username', form) ?? '';
  const initialPassword = Form.useWatch('initialPassword', form) ?? '';
  const roles = MANAGEABLE_ROLES.filter((r) => isCity || r !== 'city_viewer');

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };

  return (
    <FormDialog<UserFormValues>
      title={user ? `编辑用户：${user.username}` : '新建用户'}
      open={open}
      form={form}
      okText={user ? '保存' : '创建'}
      pending={mutation.isPending}
      error={mutation.error}
      onReload={() => {
        close();
        onReload();
      }}
      onClose={close}
      initialValues={
        user
          ? {
              displayName: user.displayName,
              role: user.role as ManageableRole,
              departmentId: user.departmentId,
            }
          : { role: 'department', departmentId: null }
      }
      onSubmit={(values) => {
        const departmentId = values.role === 'department' ? values.departmentId : null;
        if (user) {
          update.mutate(
            {
              id: user.id,
              body: {
                displayName: values.displayName.trim(),
                role: values.role,
                departmentId,
                version: user.version,
              },
            },
            {
              onSuccess: () => {
                close();
                onSaved('用户已保存');
              },
            },
          );
        } else {
          create.mutate(
            {
              username: values.username.trim().toLowerCase(),
              displayName: values.displayName.trim(),
              role: values.role,
              departmentId,
              initialPassword: values.initialPassword,
            },
            {
              onSuccess: () => {
                close();
                onSaved('用户已创建，首次登录须修改初始密码');
              },
            },
          );
        }
      }}
    >
      {!user && (
        <Form.Item
          name="username"
          label="用户名"
          extra="3–32 位小写字母、数字、点、下划线或连字符，如 linyou.sjj"
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            {
              validator: (_, value: string | undefined) =>
                !value || USERNAME_PATTERN.test(value.trim().toLowerCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error('用户名须为 3–32 位字母、数字、点、下划线或连字符')),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label="姓名或称呼"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名或称呼' },
          { max: 64, message: '姓名或称呼最多 64 个字' },
        ]}
      >
        <Input placeholder="如：县市场监管局 张三" />
      </Form.Item>
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      </Form.Item>
      {role === 'department' && (
        <Form.Item
          name="departmentId"
          label="所属部门"
          rules={[{ required: true, message: '部门用户须选择所属部门' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择本辖区的部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      )}
      {!user && (
        <>
          <Form.Item
            name="initialPassword"
            label="初始密码"
            extra="告知用户本人；首次登录时须修改"
            rules={[
              { required: true, message: '请设置初始密码' },
              { validator: passwordValidator(() => form.getFieldValue('username') ?? '') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <PasswordRules password={initialPassword} username={username} />
        </>
      )}
    </FormDialog>
  );
}
