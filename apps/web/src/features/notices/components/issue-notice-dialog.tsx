import {
  NOTICE_LEVEL_LABELS,
  NOTICE_LEVELS,
  type NoticeLevel,
  type NoticeResponse,
} from '@bizenv/shared';
import { App, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDialog } from '@/components/form-dialog';
import { useIssueNotice } from '../api/issue-notice';

interface Values {
  reason: string;
  level: NoticeLevel;
  responseDue: Dayjs;
}

export const levelOptions = NOTICE_LEVELS.map((value) => ({
  value,
  label: NOTICE_LEVEL_LABELS[value],
}));

interface IssueNoticeDialogProps {
  notice: NoticeResponse;
  onClose: () => void;
  onReload: () => void;
}

/** The office reviews a draft (reason, level, due date) and issues it to the department. */
export function IssueNoticeDialog({ notice, onClose, onReload }: IssueNoticeDialogProps) {
  const [form] = Form.useForm<Values>();
  const mutation = useIssueNotice();
  const { message } = App.useApp();
  return (
    <FormDialog<Values>
      title={`下发督办：${notice.department.name}`}
      open
      form={form}
      okText="下发"
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={{
        reason: notice.reason,
        level: notice.level,
        responseDue: dayjs(notice.responseDue),
      }}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={(values) =>
        mutation.mutate(
          {
            id: notice.id,
            body: {
              version: notice.version,
              reason: values.reason.trim(),
              level: values.level,
              responseDue: values.responseDue.format('YYYY-MM-DD'),
            },
          },
          {
            onSuccess: () => {
              void message.success(`已向${notice.department.name}下发督办`);
              onClose();
            },
          },
        )
      }
    >
      <NoticeFields />
    </FormDialog>
  );
}

/** Reason, level and response due date: shared by issuing a draft and writing a new notice. */
export function NoticeFields() {
  return (
    <>
      <Form.Item
        name="level"
        label="督办等级"
        rules={[{ required: true, message: '请选择督办等级' }]}
      >
        <Radio.Group options={levelOptions} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="督办事由"
        rules={[{ required: true, whitespace: true, message: '请填写督办事由' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="responseDue"
        label="回复期限"
        rules={[{ required: true, message: '请选择回复期限' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
