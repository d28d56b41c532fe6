import type {
  AttachmentResponse,
  ReportDetailResponse,
  ReportRole,
  SaveReportRequest,
  TargetResponse,
} from '@bizenv/shared';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber } from 'antd';
import { useRef, useState } from 'react';
import { MutationErrorAlert } from '@/components/mutation-error-alert';
import { EvidenceUpload } from '@/components/evidence-upload';
import { useSaveReport } from '../api/save-report';
import { useSubmitReport } from '../api/submit-report';
import { formatTarget } from '../lib/labels';
import '../reports.css';

interface ReportFormValues {
  workDone: string;
  problems: string;
  nextSteps: string;
  completionPercent: number | null;
  /** Actual value per target id. */
  actuals: Record<string, number | null>;
  attachments: AttachmentResponse[];
}

interface ReportFormProps {
  taskId: number;
  period: string;
  /** Lead departments report completion and target actuals; support departments only text. */
  role: ReportRole;
  targets: TargetResponse[];
  /** The saved draft or returned report; null when nothing was saved yet. */
  report: ReportDetailResponse | null;
  /** Re-reads the report from the server (after a version conflict). */
  onReload: () => void;
}

function initialValues(report: ReportDetailResponse | null): ReportFormValues {
  return {
    workDone: report?.workDone ?? '',
    problems: report?.problems ?? '',
    nextSteps: report?.nextSteps ?? '',
    completionPercent: report?.completionPercent ?? null,
    actuals: Object.fromEntries(
      (report?.targetActuals ?? []).map((actual) => [String(actual.targetId), actual.value]),
    ),
    attachments: report?.attachments ?? [],
  };
}

function toRequest(
  values: ReportFormValues,
  role: ReportRole,
  targets: TargetResponse[],
  report: ReportDetailResponse | null,
): SaveReportRequest {
  const body: SaveReportRequest = {
    workDone: values.workDone.trim(),
    problems: values.problems.trim(),
    nextSteps: values.nextSteps.trim(),
    attachmentIds: values.attachments.map((a) => a.id),
  };
  if (role === 'lead') {
    body.completionPercent = values.completionPercent ?? null;
    body.targetActuals = targets.flatMap((target) => {
      const value = values.actuals[String(target.id)];
      return value === null || value === undefined
        ? []
        : [{ targetId: target.id, value, unit: target.unit }];
    });
  }
  if (report) body.version = report.version;
  return body;
}

const TEXT_MAX = 5000;

/**
 * The monthly progress report of my department on one task: text, completion and target actuals
 * (lead only), evidence files. 保存草稿 keeps it editable; 提交 asks for confirmation, since the
 * report is then read-only until the office returns it.
 */
export function ReportForm({ taskId, period, role, targets, report, onReload }: ReportFormProps) {
  const [form] = Form.useForm<ReportFormValues>();
  const { modal, message } = App.useApp();
  const saveMutation = useSaveReport();
  const submitMutation = useSubmitReport();
  const [uploading, setUploading] = useState(false);
  // Which button was pressed: fields required only for a submission check it.
  const intent = useRef<'save' | 'submit'>('save');
  const lead = role === 'lead';
  const busy = saveMutation.isPending || submitMutation.isPending;
  const error = submitMutation.error ?? saveMutation.error;

  const requiredOnSubmit = (text: string) => ({
    validator: (_: unknown, value: unknown) =>
      intent.current === 'submit' &&
      (value === null || value === undefined || (typeof value === 'string' && !value.trim()))
        ? Promise.reject(new Error(text))
        : Promise.resolve(),
  });

  const run = async (kind: 'save' | 'submit') => {
    intent.current = kind;
    saveMutation.reset();
    submitMutation.reset();
    let values: ReportFormValues;
    try {
      values = await form.validateFields();
    } catch (invalid) {
      // The fields say what is missing; bring the first one into view.
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    const input = { taskId, period, body: toRequest(values, role, targets, report) };
    // mutateAsync, not mutate callbacks: a submitted report replaces this form by its read-only
    // view, and callbacks of an unmounted mutate never run. Failures show in the alert below.
    if (kind === 'save') {
      saveMutation.mutateAsync(input).then(
        () => void message.success('草稿已保存'),
        () => undefined,
      );
      return;
    }
    const confirmed = await modal.confirm({
      title: '确认提交本月进展报告？',
      content: '提交后不可修改，除非被营商办退回。',
      okText: '提交',
      cancelText: '再检查一下',
    });
    if (confirmed) {
      submitMutation.mutateAsync(input).then(
        () => void message.success('报告已提交，等待营商办审核'),
        () => undefined,
      );
    }
  };

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(report)}
      className="report-form"
    >
      {report?.status === 'returned' && (
        <Alert
          type="error"
          showIcon
          className="report-return-reason"
          title="营商办已退回本报告，请按意见修改后重新提交"
          description={
            <span className="report-return-reason__text">退回原因：{report.returnReason}</span>
          }
        />
      )}
      <Card size="small" title="本月工作情况">
        <Form.Item
          name="workDone"
          label="工作进展"
          rules={[requiredOnSubmit('提交时须填写工作进展')]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={TEXT_MAX}
            showCount
            placeholder="本月围绕该任务完成了哪些工作、取得了哪些成效"
          />
        </Form.Item>
        <Form.Item name="problems" label="存在问题">
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={TEXT_MAX}
            showCount
            placeholder="推进中遇到的困难和问题；没有可不填"
          />
        </Form.Item>
        <Form.Item name="nextSteps" label="下步计划">
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={TEXT_MAX}
            showCount
            placeholder="下月工作安排"
          />
        </Form.Item>
      </Card>

      {lead && (
        <Card size="small" title="完成情况（牵头部门填写）">
          <Form.Item
            name="completionPercent"
            label="完成进度"
            extra="按任务整体完成情况估计，0–100%"
            rules={[requiredOnSubmit('提交时须填写完成进度（0–100%）')]}
          >
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 160 }} />
          </Form.Item>
          {targets.length > 0 && (
            <div className="report-targets">
              <div className="report-targets__title">量化目标实际值</div>
              {targets.map((target) => (
                <Form.Item
                  key={target.id}
                  name={['actuals', String(target.id)]}
                  label={
                    <span className="report-target-label">
                      <span>{target.metric}</span>
                      <span className="report-target-label__goal">
                        目标 {formatTarget(target.comparator, target.value, target.unit)}
                      </span>
                    </span>
                  }
                  rules={[requiredOnSubmit(`提交时须填写“${target.metric}”的实际值`)]}
                >
                  <InputNumber
                    style={{ width: 200 }}
                    suffix={target.unit}
                    aria-label={`${target.metric} 实际值`}
                  />
                </Form.Item>
              ))}
            </div>
          )}
        </Card>
      )}

      <Card size="small" title="佐证材料">
        <Form.Item name="attachments" noStyle>
          <EvidenceUpload onBusyChange={setUploading} />
        </Form.Item>
      </Card>

      {/* Sticky at the bottom: the buttons, and the answer to pressing them, stay in view. */}
      <div className="report-form__actions">
        {error && (
          <MutationErrorAlert
            error={error}
            onReload={() => {
              saveMutation.reset();
              submitMutation.reset();
              onReload();
            }}
          />
        )}
        <Flex gap={8} justify="flex-end" align="center" wrap>
          {uploading && <span className="report-form__wait">文件上传中，请稍候…</span>}
          <Button
            icon={<SaveOutlined />}
            disabled={uploading || busy}
            loading={saveMutation.isPending}
            onClick={() => void run('save')}
          >
            保存草稿
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={uploading || busy}
            loading={submitMutation.isPending}
            onClick={() => void run('submit')}
          >
            提交
          </Button>
        </Flex>
      </div>
    </Form>
  );
}
