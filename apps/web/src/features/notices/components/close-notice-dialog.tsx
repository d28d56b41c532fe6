import type { NoticeResponse } from '@bizenv/shared';
import { App, Form, Input } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { useCloseNotice } from '../api/close-notice';

interface CloseNoticeDialogProps {
  notice: NoticeResponse;
  onClose: () => void;
  onReload: () => void;
}

/** The office closes (办结) an answered notice, with an optional remark. */
export function CloseNoticeDialog({ notice, onClose, onReload }: CloseNoticeDialogProps) {
  const [form] = Form.useForm<{ reason?: string }>();
  const mutation = useCloseNotice();
  const { message } = App.useApp();
  return (
    <FormDialog<{ reason?: string }>
      title="办结督办"
      open
      form={form}
      okText="确认办结"
      pending={mutation.isPending}
      error={mutation.error}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={(values) => {
        const reason = values.reason?.trim();
        mutation.mutate(
          { id: notice.id, body: { version: notice.version, ...(reason ? { reason } : {}) } },
          {
            onSuccess: () => {
              void message.success('督办已办结');
              onClose();
            },
          },
        );
      }}
    >
      <Form.Item name="reason" label="办结意见（选填）">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
