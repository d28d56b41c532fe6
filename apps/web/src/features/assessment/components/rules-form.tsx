import {
  ASSESSMENT_RULE_KINDS,
  ASSESSMENT_RULE_LABELS,
  ASSESSMENT_RULE_UNITS,
  type AssessmentRuleSet,
  type AssessmentRulesResponse,
} from '@bizenv/shared';
import { Alert, App, Button, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { errorMessage } from '@/lib/api-client';
import { useUpdateAssessmentRules } from '../api/update-assessment-rules';

interface RulesFormProps {
  code: string;
  year: number;
  current: AssessmentRulesResponse;
  canEdit: boolean;
}

/** The scoring rules; the office saves them (the live results recompute at once). */
export function RulesForm({ code, year, current, canEdit }: RulesFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssessmentRuleSet>();
  const save = useUpdateAssessmentRules(code, year);

  const submit = (rules: AssessmentRuleSet) =>
    save.mutate(
      {
        rules: { ...rules, floor: rules.floor ?? null, cap: rules.cap ?? null },
        version: current.version,
      },
      { onSuccess: () => void message.success('考核规则已保存，结果已按新规则重新计算') },
    );

  return (
    <Form<AssessmentRuleSet>
      form={form}
      layout="horizontal"
      labelCol={{ span: 8 }}
      wrapperCol={{ span: 10 }}
      initialValues={current.rules}
      key={current.version}
      disabled={!canEdit}
      onFinish={submit}
      aria-label="考核规则"
    >
      <Space style={{ marginBottom: 12 }}>
        {current.isDefault ? (
          <Tag color="blue">默认规则（尚未保存）</Tag>
        ) : (
          <Typography.Text type="secondary">
            {current.updatedBy} 于 {current.updatedAt?.slice(0, 10)} 修改
          </Typography.Text>
        )}
      </Space>
      <Form.Item
        label="基础分"
        name="baseScore"
        rules={[{ required: true, message: '请填写基础分' }]}
      >
        <InputNumber min={0} max={1000} step={1} precision={2} />
      </Form.Item>
      <Form.Item label="保底分" name="floor" extra="留空表示不设保底">
        <InputNumber min={0} max={1000} precision={2} />
      </Form.Item>
      <Form.Item label="封顶分" name="cap" extra="留空表示不设封顶">
        <InputNumber min={0} max={1000} precision={2} />
      </Form.Item>
      {ASSESSMENT_RULE_KINDS.map((kind) => (
        <Form.Item
          key={kind}
          label={`${ASSESSMENT_RULE_LABELS[kind]}（每${ASSESSMENT_RULE_UNITS[kind]}）`}
          name={['points', kind]}
          rules={[{ required: true, message: '请填写分值' }]}
          extra={
            kind === 'supervision_notice' ? '计入督办、通报级别的督办通知，不含提醒' : undefined
          }
        >
          <InputNumber min={-100} max={100} step={0.5} precision={2} />
        </Form.Item>
      ))}
      {save.isError && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(save.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {canEdit && (
        <Form.Item wrapperCol={{ offset: 8 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存规则
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
