import { App, Form, Input } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { useCreateInstruction } from '../api/create-instruction';

interface InstructionDialogProps {
  taskId: number;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 批示: a leader's instruction to the task's departments, who then confirm receipt. */
export function InstructionDialog({ taskId, open, onClose, onReload }: InstructionDialogProps) {
  const [form] = Form.useForm<{ text: string }>();
  const mutation = useCreateInstruction(taskId);
  const { message } = App.useApp();
  return (
    <FormDialog<{ text: string }>
      title="领导批示"
      open={open}
      form={form}
      okText="发布批示"
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
          { text: values.text.trim() },
          {
            onSuccess: () => {
              void message.success('批示已发布，已通知牵头和配合部门');
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="text"
        label="批示内容"
        rules={[{ required: true, whitespace: true, message: '请填写批示内容' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
