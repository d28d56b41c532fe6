import { Form, Input } from 'antd';
import { FormDialog } from '@/components/form-dialog';

interface RejectDialogProps {
  title: string;
  open: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  onReload: () => void;
}

/** 退回: the office says why a request is returned. */
export function RejectDialog({
  title,
  open,
  pending,
  error,
  onSubmit,
  onClose,
  onReload,
}: RejectDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormDialog<{ reason: string }>
      title={title}
      open={open}
      form={form}
      okText="确认退回"
      danger
      pending={pending}
      error={error}
      onReload={onReload}
      onClose={onClose}
      onSubmit={(values) => onSubmit(values.reason.trim())}
    >
      <Form.Item
        name="reason"
        label="退回理由"
        rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
