import type { AttachmentResponse } from '@bizenv/shared';
import { App, Form, Input } from 'antd';
import { attachmentIds, EvidenceUpload } from '@/components/evidence-upload';
import { FormDialog } from '@/components/form-dialog';
import { useCreateClosureRequest } from '../api/create-closure-request';

interface Values {
  note: string;
  evidence: AttachmentResponse[];
}

interface ClosureRequestDialogProps {
  taskId: number;
  version: number;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 申请销号: the lead department reports the work done, with evidence, for the office to close. */
export function ClosureRequestDialog(props: ClosureRequestDialogProps) {
  const { taskId, version, open, onClose, onReload } = props;
  const [form] = Form.useForm<Values>();
  const mutation = useCreateClosureRequest(taskId);
  const { message } = App.useApp();

  return (
    <FormDialog<Values>
      title="申请销号"
      open={open}
      form={form}
      okText="提交销号申请"
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
          { note: values.note.trim(), attachmentIds: attachmentIds(values.evidence), version },
          {
            onSuccess: () => {
              void message.success('销号申请已提交，等待营商办审核');
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="note"
        label="完成情况说明"
        rules={[{ required: true, whitespace: true, message: '请说明任务完成情况' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="evidence"
        label="佐证材料"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少上传一份佐证材料' }]}
        extra="支持 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG。"
      >
        <EvidenceUpload />
      </Form.Item>
    </FormDialog>
  );
}
