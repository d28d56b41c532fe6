import { TARGET_COMPARATOR_SYMBOLS, TARGET_COMPARATORS, type SeedTask } from '@bizenv/shared';
import { Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { applyTaskForm, taskFormValues, type TaskFormValues } from '../lib/task-form';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Edits one task of the draft: text, lead/support units, deadline and targets. */
export function TaskEditDialog({
  task,
  unitNames,
  saving,
  onSave,
  onClose,
}: {
  task: SeedTask;
  unitNames: string[];
  saving: boolean;
  onSave: (task: SeedTask) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TaskFormValues>();
  const deadlineKind = Form.useWatch('deadlineKind', form);
  const unitOptions = unitNames.map((name) => ({ value: name, label: name }));
  return (
    <Modal
      open
      title={`编辑任务 ${task.code}`}
      width={720}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TaskFormValues>
        form={form}
        name="task-edit"
        layout="vertical"
        initialValues={taskFormValues(task)}
        onFinish={(values) => onSave(applyTaskForm(task, values))}
      >
        <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label="任务内容">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="leadDepartments" label="牵头单位">
          <Select mode="tags" options={unitOptions} />
        </Form.Item>
        <Form.Item name="supportDepartments" label="配合单位">
          <Select mode="tags" options={unitOptions} />
        </Form.Item>
        <Space align="start">
          <Form.Item name="deadlineKind" label="完成时限">
            <Select
              style={{ width: 180 }}
              options={[
                { value: 'keep', label: `保持：${task.deadline.printed ?? '未规定'}` },
                { value: 'none', label: '未规定' },
                { value: 'date', label: '指定日期' },
                { value: 'ongoing', label: '长期坚持' },
              ]}
            />
          </Form.Item>
          {deadlineKind === 'date' && (
            <Form.Item
              name="deadlineDate"
              label="日期"
              rules={[{ pattern: DATE, required: true, message: '请按 YYYY-MM-DD 填写日期' }]}
            >
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          )}
        </Space>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <Form.Item label="量化目标">
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'metric']} rules={[{ required: true }]}>
                    <Input placeholder="指标" aria-label="指标" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'comparator']}>
                    <Select
                      style={{ width: 70 }}
                      options={TARGET_COMPARATORS.map((c) => ({
                        value: c,
                        label: TARGET_COMPARATOR_SYMBOLS[c],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} rules={[{ required: true }]}>
                    <InputNumber placeholder="数值" aria-label="数值" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unit']}>
                    <Input placeholder="单位" aria-label="单位" style={{ width: 100 }} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ metric: '', comparator: 'lte', value: 0, unit: '' })}>
                添加目标
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
