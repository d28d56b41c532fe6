import {
  INDICATORS,
  PROBLEM_SOURCE_LABELS,
  PROBLEM_SOURCES,
  type AttachmentResponse,
  type CreateProblemRequest,
  type DepartmentResponse,
  type IndicatorCode,
  type ProblemDetailResponse,
  type ProblemSource,
  type UpdateProblemRequest,
} from '@bizenv/shared';
import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { attachmentIds, EvidenceUpload } from '@/components/evidence-upload';
import { FormDialog } from '@/components/form-dialog';
import { useCreateProblem } from '../api/create-problem';
import { useUpdateProblem } from '../api/update-problem';

export interface ProblemTaskOption {
  id: number;
  code: string;
  title: string;
}

interface Values {
  subject: 'task' | 'indicator';
  taskId?: number;
  indicator?: IndicatorCode;
  source: ProblemSource;
  description: string;
  measure?: string;
  ownerDepartmentId: number;
  deadline: Dayjs;
  evidence?: AttachmentResponse[];
}

interface ProblemFormDialogProps {
  /** Absent: register a new problem. */
  problem?: ProblemDetailResponse;
  /** A department registers only 自查 problems of its own tasks, owned by itself. */
  asDepartmentId: number | null;
  departments: DepartmentResponse[];
  tasks: ProblemTaskOption[];
  presetTaskId?: number;
  onClose: () => void;
  onReload: () => void;
}

const indicatorOptions = INDICATORS.map((i) => ({ value: i.code as IndicatorCode, label: i.name }));
const sourceOptions = PROBLEM_SOURCES.map((value) => ({
  value,
  label: PROBLEM_SOURCE_LABELS[value],
}));

function initial(
  problem: ProblemDetailResponse | undefined,
  asDepartmentId: number | null,
  presetTaskId?: number,
): Partial<Values> {
  if (!problem) {
    return {
      subject: 'task',
      taskId: presetTaskId,
      source: asDepartmentId === null ? 'supervision' : 'self_found',
      ownerDepartmentId: asDepartmentId ?? undefined,
      deadline: dayjs().add(1, 'month'),
    };
  }
  return {
    subject: problem.task ? 'task' : 'indicator',
    source: problem.source,
    description: problem.description,
    measure: problem.measure ?? undefined,
    ownerDepartmentId: problem.ownerDepartment.id,
    deadline: dayjs(problem.deadline),
    evidence: problem.attachments,
  };
}

/** Register a problem (office, or a department for its tasks) or edit one in full (office). */
export function ProblemFormDialog(props: ProblemFormDialogProps) {
  const { problem, asDepartmentId, departments, tasks, presetTaskId, onClose, onReload } = props;
  const [form] = Form.useForm<Values>();
  const create = useCreateProblem();
  const update = useUpdateProblem();
  const mutation = problem ? update : create;
  const { message } = App.useApp();
  const subject = Form.useWatch('subject', form);
  const department = asDepartmentId !== null;
  const ownerOptions = departments
    .filter((d) => !department || d.id === asDepartmentId)
    .map((d) => ({ value: d.id, label: d.name }));

  const submit = (values: Values) => {
    const common = {
      source: values.source,
      description: values.description.trim(),
      ownerDepartmentId: values.ownerDepartmentId,
      deadline: values.deadline.format('YYYY-MM-DD'),
      attachmentIds: attachmentIds(values.evidence),
    };
    const measure = values.measure?.trim();
    const done = () => {
      void message.success(problem ? '问题已保存' : '问题已登记');
      onClose();
    };
    if (problem) {
      const body: UpdateProblemRequest = {
        ...common,
        measure: measure ?? '',
        version: problem.version,
      };
      update.mutate({ id: problem.id, body }, { onSuccess: done });
    } else {
      const body: CreateProblemRequest = {
        ...common,
        ...(measure ? { measure } : {}),
        ...(values.subject === 'task'
          ? { taskId: values.taskId }
          : { indicator: values.indicator }),
      };
      create.mutate(body, { onSuccess: done });
    }
  };

  return (
    <FormDialog<Values>
      title={problem ? '编辑问题' : '登记问题'}
      open
      form={form}
      okText={problem ? '保存' : '登记'}
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={initial(problem, asDepartmentId, presetTaskId)}
      onReload={() => {
        onReload();
        onClose();
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      {problem ? (
        <Form.Item label="关联">
          {problem.task
            ? `任务 ${problem.task.code} ${problem.task.title}`
            : `指标 ${indicatorOptions.find((i) => i.value === problem.indicator)?.label ?? ''}`}
        </Form.Item>
      ) : (
        <>
          {!department && (
            <Form.Item name="subject" label="关联">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'task', label: '任务' },
                  { value: 'indicator', label: '指标' },
                ]}
              />
            </Form.Item>
          )}
          {subject === 'indicator' && !department ? (
            <Form.Item
              name="indicator"
              label="指标"
              rules={[{ required: true, message: '请选择指标' }]}
            >
              <Select showSearch={{ optionFilterProp: 'label' }} options={indicatorOptions} />
            </Form.Item>
          ) : (
            <Form.Item
              name="taskId"
              label="任务"
              rules={[{ required: true, message: '请选择任务' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={tasks.map((t) => ({ value: t.id, label: `${t.code} ${t.title}` }))}
                placeholder="选择任务"
              />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item
        name="source"
        label="问题来源"
        rules={[{ required: true, message: '请选择问题来源' }]}
      >
        <Select options={sourceOptions} disabled={department} />
      </Form.Item>
      <Form.Item
        name="description"
        label="问题描述"
        rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="measure" label="整改措施">
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="ownerDepartmentId"
        label="整改责任部门"
        rules={[{ required: true, message: '请选择责任部门' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={ownerOptions}
          disabled={department}
        />
      </Form.Item>
      <Form.Item
        name="deadline"
        label="整改时限"
        rules={[{ required: true, message: '请选择整改时限' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="evidence" label="佐证材料">
        <EvidenceUpload />
      </Form.Item>
    </FormDialog>
  );
}
