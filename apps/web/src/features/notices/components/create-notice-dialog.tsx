import type { DepartmentResponse } from '@bizenv/shared';
import { App, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useCreateNotice } from '../api/create-notice';
import { DraftDialog, type DraftStep } from './draft-dialog';
import { NoticeDepartmentField, NoticeFields, type NoticeFormValues } from './notice-fields';

export interface NoticeTaskOption {
  id: number;
  code: string;
  title: string;
}

interface Values extends NoticeFormValues {
  taskId?: number;
}

interface CreateNoticeDialogProps {
  departments: DepartmentResponse[];
  tasks: NoticeTaskOption[];
  /** Preset when written from a task's page. */
  taskId?: number;
  onClose: () => void;
}

/**
 * The office writes a notice itself: to whom, about which task, why, how urgent, by when; then
 * saves it as a draft to come back to, or issues it at once.
 */
export function CreateNoticeDialog({
  departments,
  tasks,
  taskId,
  onClose,
}: CreateNoticeDialogProps) {
  const [form] = Form.useForm<Values>();
  const mutation = useCreateNotice();
  const [step, setStep] = useState<DraftStep>('save');
  const { message } = App.useApp();
  const send = (next: DraftStep) => (values: Values) => {
    setStep(next);
    mutation.mutate(
      {
        departmentId: values.departmentId,
        ...(values.taskId ? { taskId: values.taskId } : {}),
        reason: values.reason.trim(),
        level: values.level,
        responseDue: values.responseDue.format('YYYY-MM-DD'),
        issue: next === 'issue',
      },
      {
        onSuccess: () => {
          void message.success(next === 'issue' ? '督办已签发' : '督办草稿已保存');
          onClose();
        },
      },
    );
  };
  return (
    <DraftDialog<Values>
      title="新建督办"
      form={form}
      pending={mutation.isPending ? step : null}
      error={mutation.error}
      initialValues={{ level: 'supervision', taskId, responseDue: dayjs().add(5, 'day') }}
      onSave={send('save')}
      onIssue={send('issue')}
      onReload={onClose}
      onClose={onClose}
    >
      <NoticeDepartmentField departments={departments} />
      <Form.Item name="taskId" label="关联任务（选填）">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={tasks.map((t) => ({ value: t.id, label: `${t.code} ${t.title}` }))}
          placeholder="选择任务"
        />
      </Form.Item>
      <NoticeFields />
    </DraftDialog>
  );
}
