import { App, Form, Input } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { useCreateInstruction } from '../api/create-instruction';
import type { InstructionSubjectRef } from '../lib/instruction-subject';

interface InstructionDialogProps {
  subject: InstructionSubjectRef;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

const NOTIFIED = {
  task: '批示已发布，已通知牵头和配合部门',
  notice: '批示已发布，已通知被督办部门',
} as const;

/** 批示: a leader's instruction to the subject's departments, who then confirm receipt. */
export function InstructionDialog({ subject, open, onClose, onReload }: InstructionDialogProps) {
  const [form] = Form.useForm<{ text: string }>();
  const mutation = useCreateInstruction(subject);
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
              void message.success(NOTIFIED[subject.kind]);
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
