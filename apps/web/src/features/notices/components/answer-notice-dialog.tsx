import type { NoticeResponse } from '@bizenv/shared';
import { App, Form, Input, Typography } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { formatDate } from '@/lib/format';
import { useAnswerNotice } from '../api/answer-notice';

interface AnswerNoticeDialogProps {
  notice: NoticeResponse;
  onClose: () => void;
  onReload: () => void;
}

/** The department answers: what it did about the matter. */
export function AnswerNoticeDialog({ notice, onClose, onReload }: AnswerNoticeDialogProps) {
  const [form] = Form.useForm<{ response: string }>();
  const mutation = useAnswerNotice();
  const { message } = App.useApp();
  return (
    <FormDialog<{ response: string }>
      title="回复督办"
      open
      form={form}
      okText="提交回复"
      pending={mutation.isPending}
      error={mutation.error}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={(values) =>
        mutation.mutate(
          { id: notice.id, body: { version: notice.version, response: values.response.trim() } },
          {
            onSuccess: () => {
              void message.success('回复已提交');
              onClose();
            },
          },
        )
      }
    >
      <Typography.Paragraph type="secondary" className="notice-dialog__reason">
        {notice.reason}
        <br />
        回复期限：{formatDate(notice.responseDue)}
      </Typography.Paragraph>
      <Form.Item
        name="response"
        label="办理情况"
        rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
