import type { BulletinResponse } from '@bizenv/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { errorMessage } from '@/lib/api-client';
import { formatMonth } from '@/lib/format';
import { useUnlockReportPeriod } from '../api/unlock-report-period';

interface UnlockValues {
  period: string;
  reason: string;
}

/** Unlocks one locked month of a published bulletin; the reason is required and kept. */
export function UnlockDialog({
  bulletin,
  onClose,
}: {
  bulletin: BulletinResponse;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const unlock = useUnlockReportPeriod();
  const [form] = Form.useForm<UnlockValues>();
  const locked = bulletin.locks.filter((lock) => lock.unlockedAt === null);

  return (
    <Modal
      open
      title={`解锁报告：${bulletin.title}`}
      okText="解锁"
      cancelText="取消"
      confirmLoading={unlock.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<UnlockValues>
        form={form}
        layout="vertical"
        initialValues={{ period: locked[0]?.period }}
        onFinish={(values) =>
          unlock.mutate(
            { id: bulletin.id, ...values },
            {
              onSuccess: () => {
                void message.success(`${formatMonth(values.period)}的报告已解锁`);
                onClose();
              },
              onError: (error) => void message.error(errorMessage(error)),
            },
          )
        }
      >
        <Form.Item
          name="period"
          label="解锁月份"
          rules={[{ required: true, message: '请选择月份' }]}
        >
          <Select
            options={locked.map((lock) => ({
              value: lock.period,
              label: formatMonth(lock.period),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="解锁原因"
          rules={[{ required: true, whitespace: true, message: '请填写解锁原因' }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="如：部门数据更正，需重新报送"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
