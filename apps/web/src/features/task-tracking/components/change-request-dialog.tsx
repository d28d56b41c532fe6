import {
  CHANGE_REQUEST_KIND_LABELS,
  type ChangeRequestKind,
  type CreateChangeRequest,
  type DepartmentResponse,
} from '@bizenv/shared';
import { App, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormDialog } from '@/components/form-dialog';
import { formatDate } from '@/lib/format';
import { useCreateChangeRequest } from '../api/create-change-request';
import { deadlineWords } from '../lib/deadline-words';

export interface ChangeRequestTask {
  id: number;
  title: string;
  body: string;
  deadlineDate: string | null;
  leadDepartmentIds: number[];
  supportDepartmentIds: number[];
}

type AdjustPart = 'wording' | 'ownership';

interface Values {
  reason: string;
  deadlineDate?: Dayjs;
  deadlinePrinted?: string;
  parts?: AdjustPart[];
  title?: string;
  body?: string;
  leadIds?: number[];
  supportIds?: number[];
}

interface ChangeRequestDialogProps {
  kind: ChangeRequestKind;
  task: ChangeRequestTask;
  /** The jurisdiction's departments, for a change of ownership. */
  departments: DepartmentResponse[];
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

function toRequest(kind: ChangeRequestKind, values: Values): CreateChangeRequest {
  const request: CreateChangeRequest = { kind, reason: values.reason.trim() };
  if (kind === 'extension') {
    request.proposedDeadlineDate = values.deadlineDate?.format('YYYY-MM-DD');
    request.proposedDeadlinePrinted = values.deadlinePrinted?.trim();
    return request;
  }
  if (values.parts?.includes('wording')) {
    request.proposedTitle = values.title?.trim();
    request.proposedBody = values.body?.trim();
  }
  if (values.parts?.includes('ownership')) {
    request.proposedLeadDepartmentIds = values.leadIds ?? [];
    request.proposedSupportDepartmentIds = values.supportIds ?? [];
  }
  return request;
}

/** 申请延期 (a later deadline) or 申请调整 (wording, ownership), with a reason, for the office to decide. */
export function ChangeRequestDialog(props: ChangeRequestDialogProps) {
  const { kind, task, departments, open, onClose, onReload } = props;
  const [form] = Form.useForm<Values>();
  const mutation = useCreateChangeRequest(task.id);
  const { message } = App.useApp();
  const parts = Form.useWatch('parts', form) ?? [];
  const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));

  return (
    <FormDialog<Values>
      title={CHANGE_REQUEST_KIND_LABELS[kind]}
      open={open}
      form={form}
      okText="提交申请"
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={{
        parts: ['wording'],
        title: task.title,
        body: task.body,
        leadIds: task.leadDepartmentIds,
        supportIds: task.supportDepartmentIds,
      }}
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
        mutation.mutate(toRequest(kind, values), {
          onSuccess: () => {
            void message.success('申请已提交，等待营商办审核');
            onClose();
          },
        })
      }
    >
      {kind === 'extension' ? (
        <>
          <Form.Item label="当前时限">{formatDate(task.deadlineDate)}</Form.Item>
          <Form.Item
            name="deadlineDate"
            label="延期至"
            rules={[{ required: true, message: '请选择新的完成时限' }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              onChange={(date: Dayjs | null) => {
                if (date)
                  form.setFieldValue('deadlinePrinted', deadlineWords(date.format('YYYY-MM-DD')));
              }}
            />
          </Form.Item>
          <Form.Item
            name="deadlinePrinted"
            label="时限表述"
            rules={[
              { required: true, whitespace: true, message: '请填写时限表述，如“2022年6月底前”' },
            ]}
          >
            <Input maxLength={100} placeholder="如：2022年6月底前" />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            name="parts"
            label="调整内容"
            rules={[{ required: true, type: 'array', min: 1, message: '请选择要调整的内容' }]}
          >
            <Checkbox.Group
              options={[
                { value: 'wording', label: '任务表述' },
                { value: 'ownership', label: '责任部门' },
              ]}
            />
          </Form.Item>
          {parts.includes('wording') && (
            <>
              <Form.Item
                name="title"
                label="任务标题"
                rules={[{ required: true, whitespace: true, message: '请填写任务标题' }]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
              </Form.Item>
              <Form.Item name="body" label="任务内容">
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {parts.includes('ownership') && (
            <>
              <Form.Item
                name="leadIds"
                label="牵头部门"
                rules={[
                  { required: true, type: 'array', min: 1, message: '请至少选择一个牵头部门' },
                ]}
              >
                <Select mode="multiple" options={departmentOptions} optionFilterProp="label" />
              </Form.Item>
              <Form.Item name="supportIds" label="配合部门">
                <Select mode="multiple" options={departmentOptions} optionFilterProp="label" />
              </Form.Item>
            </>
          )}
        </>
      )}
      <Form.Item
        name="reason"
        label="申请理由"
        rules={[{ required: true, whitespace: true, message: '请填写申请理由' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
