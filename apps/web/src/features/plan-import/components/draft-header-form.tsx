import type { SeedPlan } from '@bizenv/shared';
import { Button, Card, Form, Input } from 'antd';

interface HeaderValues {
  title: string;
  issuer: string;
  documentNumber: string;
  issuedDate: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The plan's title, issuer, document number and date, as read from the document. */
export function DraftHeaderForm({
  plan,
  saving,
  onSave,
}: {
  plan: SeedPlan;
  saving: boolean;
  onSave: (plan: SeedPlan) => void;
}) {
  const initial: HeaderValues = {
    title: plan.title,
    issuer: plan.issuer,
    documentNumber: plan.documentNumber ?? '',
    issuedDate: plan.issuedDate ?? '',
  };
  return (
    <Card size="small" title={plan.parentPlanKey ? '附件方案' : '方案信息'}>
      <Form<HeaderValues>
        key={JSON.stringify(initial)}
        name={`plan-header-${plan.key}`}
        layout="inline"
        initialValues={initial}
        onFinish={(values) =>
          onSave({
            ...plan,
            title: values.title.trim(),
            issuer: values.issuer.trim(),
            documentNumber: values.documentNumber.trim() || null,
            issuedDate: values.issuedDate.trim() || null,
          })
        }
      >
        <Form.Item name="title" label="方案名称" rules={[{ required: true, min: 2 }]}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="issuer" label="印发单位" rules={[{ required: true, min: 2 }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="documentNumber" label="文号">
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="issuedDate"
          label="印发日期"
          rules={[{ pattern: DATE, message: '请按 YYYY-MM-DD 填写' }]}
        >
          <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={saving}>
            保存方案信息
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
