import type { AttachmentResponse, ProblemDetailResponse } from '@bizenv/shared';
import { App, Checkbox, Form, Input } from 'antd';
import { attachmentIds, EvidenceUpload } from '@/components/evidence-upload';
import { FormDialog } from '@/components/form-dialog';
import { useUpdateProblem } from '../api/update-problem';

interface Values {
  description: string;
  measure?: string;
  evidence?: AttachmentResponse[];
  done: boolean;
}

interface RectifyDialogProps {
  problem: ProblemDetailResponse;
  onClose: () => void;
  onReload: () => void;
}

/** The owner department records its measure and evidence, and says when rectification is done. */
export function RectifyDialog({ problem, onClose, onReload }: RectifyDialogProps) {
  const [form] = Form.useForm<Values>();
  const mutation = useUpdateProblem();
  const { message } = App.useApp();
  const done = Form.useWatch('done', form);
  return (
    <FormDialog<Values>
      title="整改情况"
      open
      form={form}
      okText={done ? '标记已整改' : '保存'}
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={{
        description: problem.description,
        measure: problem.measure ?? undefined,
        evidence: problem.attachments,
        done: problem.status === 'rectified',
      }}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={(values) =>
        mutation.mutate(
          {
            id: problem.id,
            body: {
              version: problem.version,
              description: values.description.trim(),
              measure: values.measure?.trim() ?? '',
              attachmentIds: attachmentIds(values.evidence),
              status: values.done ? 'rectified' : 'rectifying',
            },
          },
          {
            onSuccess: () => {
              void message.success(
                values.done ? '已标记为已整改，等待营商办销号' : '整改情况已保存',
              );
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="description"
        label="问题描述"
        rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="measure"
        label="整改措施"
        dependencies={['done']}
        rules={[
          ({ getFieldValue }) => ({
            required: getFieldValue('done') === true,
            whitespace: true,
            message: '标记已整改前须填写整改措施',
          }),
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="evidence" label="佐证材料">
        <EvidenceUpload />
      </Form.Item>
      <Form.Item name="done" valuePropName="checked">
        <Checkbox>整改已完成，标记为“已整改”</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
