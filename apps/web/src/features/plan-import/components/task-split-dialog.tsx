import type { SeedTask } from '@bizenv/shared';
import { Form, Input, Modal } from 'antd';

interface SplitValues {
  first: string;
  second: string;
}

/** Splits a task in two: the office writes what each part is. */
export function TaskSplitDialog({
  task,
  saving,
  onSplit,
  onClose,
}: {
  task: SeedTask;
  saving: boolean;
  onSplit: (first: string, second: string) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SplitValues>();
  return (
    <Modal
      open
      title={`拆分任务 ${task.code}`}
      okText="拆分"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<SplitValues>
        form={form}
        name="task-split"
        layout="vertical"
        initialValues={{ first: task.title, second: '' }}
        onFinish={(values) => onSplit(values.first.trim(), values.second.trim())}
      >
        <Form.Item name="first" label="第一项" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="second" label="第二项" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
