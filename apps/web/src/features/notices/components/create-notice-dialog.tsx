import type { DepartmentResponse, NoticeLevel } from '@bizenv/shared';
import { App, Form, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDialog } from '@/components/form-dialog';
import { useCreateNotice } from '../api/create-notice';
import { NoticeFields } from './issue-notice-dialog';

export interface NoticeTaskOption {
  id: number;
  code: string;
  title: string;
}

interface Values {
  departmentId: number;
  taskId?: number;
  reason: string;
  level: NoticeLevel;
  responseDue: Dayjs;
  issue: boolean;
}

interface CreateNoticeDialogProps {
  departments: DepartmentResponse[];
  tasks: NoticeTaskOption[];
  /** Preset when written from a task's page. */
  taskId?: number;
  onClose: () => void;
}

/** The office writes a notice itself: to whom, about which task, why, how urgent, by when. */
export function CreateNoticeDialog({
  departments,
  tasks,
  taskId,
  onClose,
}: CreateNoticeDialogProps) {
  const [form] = Form.useForm<Values>();
  const mutation = useCreateNotice();
  const { message } = App.useApp();
  return (
    <FormDialog<Values>
      title="新建督办"
      open
      form={form}
      okText="保存"
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={{
        level: 'supervision',
        issue: true,
        taskId,
        responseDue: dayjs().add(5, 'day'),
      }}
      onReload={onClose}
      onClose={onClose}
      onSubmit={(values) =>
        mutation.mutate(
          {
            departmentId: values.departmentId,
            ...(values.taskId ? { taskId: values.taskId } : {}),
            reason: values.reason.trim(),
            level: values.level,
            responseDue: values.responseDue.format('YYYY-MM-DD'),
            issue: values.issue,
          },
          {
            onSuccess: () => {
              void message.success(values.issue ? '督办已下发' : '督办草稿已保存');
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="departmentId"
        label="督办对象"
        rules={[{ required: true, message: '请选择督办部门' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          placeholder="选择部门"
        />
      </Form.Item>
      <Form.Item name="taskId" label="关联任务（选填）">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={tasks.map((t) => ({ value: t.id, label: `${t.code} ${t.title}` }))}
          placeholder="选择任务"
        />
      </Form.Item>
      <NoticeFields />
      <Form.Item name="issue" label="立即下发" valuePropName="checked">
        <Switch checkedChildren="下发" unCheckedChildren="存草稿" />
      </Form.Item>
    </FormDialog>
  );
}
