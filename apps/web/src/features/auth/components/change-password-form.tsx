import type { SessionUser } from '@bizenv/shared';
import { Alert, Button, Form, Input } from 'antd';
import { PasswordRules, passwordValidator } from '@/components/password-rules';
import { errorMessage } from '@/lib/api-client';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface ChangePasswordFormProps {
  user: SessionUser;
  onChanged: () => void;
}

/** Current password, then a new one checked live against the shared rules, typed twice. */
export function ChangePasswordForm({ user, onChanged }: ChangePasswordFormProps) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const mutation = useChangePassword();

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        mutation.mutate(
          { currentPassword: values.currentPassword, newPassword: values.newPassword },
          { onSuccess: onChanged },
        )
      }
      onValuesChange={() => mutation.isError && mutation.reset()}
    >
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="login-form__error"
          title={errorMessage(mutation.error)}
        />
      )}
      <Form.Item
        name="currentPassword"
        label={user.mustChangePassword ? '初始密码' : '当前密码'}
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        rules={[
          { required: true, message: '请输入新密码' },
          { validator: passwordValidator(() => user.username) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <PasswordRules password={newPassword} username={user.username} />
      <Form.Item
        name="confirmPassword"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
        修改密码
      </Button>
    </Form>
  );
}
