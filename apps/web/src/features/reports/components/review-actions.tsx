import type { ReportDetailResponse } from '@bizenv/shared';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { useReviewReport } from '../api/review-report';

interface ReviewActionsProps {
  report: ReportDetailResponse;
  onReload: () => void;
  onDone?: () => void;
}

const REASON_MAX = 1000;

/** 通过 or 退回 (with a reason the department will read) for a submitted report. */
export function ReviewActions({ report, onReload, onDone }: ReviewActionsProps) {
  const review = useReviewReport();
  const { modal, message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const accept = async () => {
    const confirmed = await modal.confirm({
      title: '确认审核通过？',
      content: `${report.departmentName}报送的“${report.taskCode} ${report.taskTitle}”进展报告将记为已通过。`,
      okText: '通过',
      cancelText: '取消',
    });
    if (!confirmed) return;
    // mutateAsync, not mutate callbacks: the accepted report re-renders the drawer without these
    // buttons, and callbacks of an unmounted mutate never run.
    review.mutateAsync({ id: report.id, decision: 'accept', version: report.version }).then(
      () => {
        void message.success('已审核通过');
        onDone?.();
      },
      () => undefined, // shown by the alert from review.error
    );
  };

  const sendBack = async () => {
    const { reason } = await form.validateFields();
    review
      .mutateAsync({
        id: report.id,
        decision: 'return',
        version: report.version,
        reason: reason.trim(),
      })
      .then(
        () => {
          setReturning(false);
          form.resetFields();
          void message.success('已退回，部门将看到退回原因');
          onDone?.();
        },
        () => undefined, // shown in the dialog from review.error
      );
  };

  return (
    <Flex vertical gap={12} className="review-actions">
      {review.error && !returning && (
        <MutationErrorAlert
          error={review.error}
          onReload={() => {
            review.reset();
            onReload();
          }}
        />
      )}
      <Flex gap={8} justify="flex-end">
        <Button
          danger
          icon={<RollbackOutlined />}
          onClick={() => setReturning(true)}
          disabled={review.isPending}
        >
          退回
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={review.isPending && !returning}
          onClick={() => void accept()}
        >
          通过
        </Button>
      </Flex>
      <Modal
        open={returning}
        title="退回报告"
        okText="退回"
        okButtonProps={{ danger: true, loading: review.isPending }}
        cancelText="取消"
        onOk={() => void sendBack().catch(() => undefined)}
        onCancel={() => {
          setReturning(false);
          review.reset();
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item
            name="reason"
            label="退回原因"
            extra="部门将看到这段文字，请写明需要补充或修改的内容。"
            rules={[
              { required: true, whitespace: true, message: '请填写退回原因' },
              { max: REASON_MAX, message: `退回原因不能超过 ${REASON_MAX} 字` },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={REASON_MAX}
              showCount
              autoFocus
            />
          </Form.Item>
        </Form>
        {review.error && returning && (
          <MutationErrorAlert
            error={review.error}
            onReload={() => {
              review.reset();
              setReturning(false);
              onReload();
            }}
          />
        )}
      </Modal>
    </Flex>
  );
}
