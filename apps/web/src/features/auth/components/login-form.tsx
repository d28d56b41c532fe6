import type { SessionUser } from '@bizenv/shared';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { errorMessage } from '@/lib/api-client';
import { useLogin, type LoginInput } from '../api/login';

interface LoginFormProps {
  onSignedIn: (user: SessionUser) => void;
}

/** Username and password; the server's refusal is shown as it words it (lockout included). */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const loginMutation = useLogin();
  const [form] = Form.useForm<LoginInput>();

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      className="login-form"
      onFinish={(values) =>
        loginMutation.mutate(
          { username: values.username.trim(), password: values.password },
          { onSuccess: (session) => onSignedIn(session.user) },
        )
      }
      onValuesChange={() => loginMutation.isError && loginMutation.reset()}
    >
      {loginMutation.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="login-form__error"
          title={errorMessage(loginMutation.error)}
        />
      )}
      <Form.Item
        name="username"
        label="用户名"
        rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
        登录
      </Button>
    </Form>
  );
}
