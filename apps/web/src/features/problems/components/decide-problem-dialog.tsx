import type { ProblemResponse } from '@bizenv/shared';
import { App, Form, Input } from 'antd';
import { FormDialog } from '@/components/form-dialog';
import { useCloseProblem } from '../api/close-problem';
import { useUpdateProblem } from '../api/update-problem';

interface DecideProblemDialogProps {
  problem: ProblemResponse;
  /** close: 销号; reopen: back to 整改中 with a reason. */
  decision: 'close' | 'reopen';
  onClose: () => void;
  onReload: () => void;
}

/** The office's decision on a rectified problem: close it (销号) or send it back (退回整改). */
export function DecideProblemDialog({
  problem,
  decision,
  onClose,
  onReload,
}: DecideProblemDialogProps) {
  const [form] = Form.useForm<{ reason?: string }>();
  const close = useCloseProblem();
  const update = useUpdateProblem();
  const mutation = decision === 'close' ? close : update;
  const { message } = App.useApp();
  const reopen = decision === 'reopen';
  return (
    <FormDialog<{ reason?: string }>
      title={reopen ? '退回整改' : '问题销号'}
      open
      form={form}
      okText={reopen ? '确认退回' : '确认销号'}
      danger={reopen}
      pending={mutation.isPending}
      error={mutation.error}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={(values) => {
        const reason = values.reason?.trim();
        const onSuccess = () => {
          void message.success(reopen ? '已退回整改' : '问题已销号');
          onClose();
        };
        if (reopen) {
          update.mutate(
            { id: problem.id, body: { version: problem.version, status: 'rectifying', reason } },
            { onSuccess },
          );
        } else {
          close.mutate(
            { id: problem.id, body: { version: problem.version, ...(reason ? { reason } : {}) } },
            { onSuccess },
          );
        }
      }}
    >
      <Form.Item label="问题">{problem.description}</Form.Item>
      <Form.Item
        name="reason"
        label={reopen ? '退回理由' : '销号意见（选填）'}
        rules={reopen ? [{ required: true, whitespace: true, message: '请填写退回理由' }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
