import { MANUAL_STATUS_TRANSITIONS, TASK_STATUS_LABELS, type TaskStatus } from '@bizenv/shared';
import { App, Form, Input, Select } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { useChangeTaskStatus } from '../api/change-task-status';

interface Values {
  status: TaskStatus;
  reason: string;
}

interface StatusChangeDialogProps {
  taskId: number;
  status: TaskStatus;
  version: number;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 变更状态: the office picks one of the allowed statuses and says why. */
export function StatusChangeDialog(props: StatusChangeDialogProps) {
  const { taskId, status, version, open, onClose, onReload } = props;
  const [form] = Form.useForm<Values>();
  const mutation = useChangeTaskStatus(taskId);
  const { message } = App.useApp();
  const options = MANUAL_STATUS_TRANSITIONS[status].map((value) => ({
    value,
    label: TASK_STATUS_LABELS[value],
  }));

  return (
    <FormDialog<Values>
      title="变更任务状态"
      open={open}
      form={form}
      okText="确认变更"
      pending={mutation.isPending}
      error={mutation.error}
      onReload={() => {
        mutation.reset();
        onReload();
        onClose();
      }}
      onClose={() => {
        mutation.reset();
        onClose();
      }}
      onSubmit={(values) =>
        mutation.mutate(
          { status: values.status, reason: values.reason.trim(), version },
          {
            onSuccess: () => {
              void message.success('任务状态已变更');
              onClose();
            },
          },
        )
      }
    >
      <Form.Item label="当前状态">{TASK_STATUS_LABELS[status]}</Form.Item>
      <Form.Item
        name="status"
        label="变更为"
        rules={[{ required: true, message: '请选择新的状态' }]}
      >
        <Select options={options} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="变更理由"
        rules={[{ required: true, whitespace: true, message: '请填写变更理由' }]}
        extra="“已完成（待销号）”和“已销号”须由牵头部门申请销号、营商办审核。"
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
