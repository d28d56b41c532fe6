import {
  type DepartmentResponse,
  NOTICE_LEVEL_LABELS,
  NOTICE_LEVELS,
  type NoticeLevel,
} from '@bizenv/shared';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';

/** What the office fills in for a notice, new or draft. */
export interface NoticeFormValues {
  departmentId: number;
  reason: string;
  level: NoticeLevel;
  responseDue: Dayjs;
}

const levelOptions = NOTICE_LEVELS.map((value) => ({
  value,
  label: NOTICE_LEVEL_LABELS[value],
}));

/** The addressee: one department of the jurisdiction. */
export function NoticeDepartmentField({ departments }: { departments: DepartmentResponse[] }) {
  return (
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
  );
}

/** Reason, level and response due date: shared by a new notice and a draft being edited. */
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
