import type { UserResponse } from '@bizenv/shared';
import { Form, Input, Typography } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { PasswordRules, passwordValidator } from '@/components/password-rules';
import { useResetUserPassword } from '../api/reset-user-password';

interface ResetPasswordDialogProps {
  user: UserResponse | null;
  onClose: () => void;
  onReload: () => void;
  onDone: (message: string) => void;
}

/** A new password set by the office: the user is signed out and must change it at next sign-in. */
export function ResetPasswordDialog({ user, onClose, onReload, onDone }: ResetPasswordDialogProps) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetUserPassword();
  const password = Form.useWatch('newPassword', form) ?? '';
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <FormDialog<{ newPassword: string }>
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      open={user !== null}
      form={form}
      okText="重置密码"
      danger
      pending={reset.isPending}
      error={reset.error}
      onReload={() => {
        close();
        onReload();
      }}
      onClose={close}
      onSubmit={({ newPassword }) =>
        user &&
        reset.mutate(
          { id: user.id, body: { newPassword } },
          {
            onSuccess: () => {
              close();
              onDone('密码已重置，该用户已退出登录，下次登录须修改密码');
            },
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">
        重置后该用户的所有登录立即失效，须用新密码登录并修改。
      </Typography.Paragraph>
      <Form.Item
        name="newPassword"
        label="新密码"
        rules={[
          { required: true, message: '请输入新密码' },
          { validator: passwordValidator(() => user?.username ?? '') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <PasswordRules password={password} username={user?.username ?? ''} />
    </FormDialog>
  );
}
