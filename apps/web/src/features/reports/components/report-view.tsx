import type { ReportDetailResponse } from '@bizenv/shared';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, Descriptions, Progress, Table, Timeline, Typography } from 'antd';
import { formatDate, formatInstant } from '@/lib/format';
import { formatTarget, meetsTarget, REPORT_ROLE_LABELS } from '../lib/labels';
import { periodLabel } from '../lib/periods';
import { EvidenceList } from '@/components/evidence-list';
import { ReportStateTag, TimelinessTag } from './report-state-tag';
import '../reports.css';

const EVENT_LABELS = { submitted: '提交报告', returned: '退回报告', accepted: '审核通过' } as const;

function Paragraphs({ text }: { text: string }) {
  if (!text.trim()) return <Typography.Text type="secondary">（未填写）</Typography.Text>;
  return <div className="report-text">{text}</div>;
}

/** A report as submitted: what the office reviews, and what a department sees once it is sent. */
export function ReportView({ report }: { report: ReportDetailResponse }) {
  return (
    <div className="report-view">
      {report.status === 'returned' && report.returnReason && (
        <Alert
          type="error"
          showIcon
          className="report-return-reason"
          title="已退回"
          description={
            <span className="report-return-reason__text">退回原因：{report.returnReason}</span>
          }
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        className="report-facts"
        items={[
          { key: 'status', label: '状态', children: <ReportStateTag status={report.status} /> },
          { key: 'period', label: '报告月份', children: periodLabel(report.period) },
          {
            key: 'department',
            label: '填报部门',
            children: `${report.departmentName}（${REPORT_ROLE_LABELS[report.role]}）`,
          },
          {
            key: 'due',
            label: '截止日期',
            children: (
              <span>
                {formatDate(report.dueDate)} <TimelinessTag timeliness={report.timeliness} />
              </span>
            ),
          },
          { key: 'submitted', label: '提交时间', children: formatInstant(report.submittedAt) },
          ...(report.reviewedAt
            ? [{ key: 'reviewed', label: '审核时间', children: formatInstant(report.reviewedAt) }]
            : []),
          ...(report.role === 'lead'
            ? [
                {
                  key: 'completion',
                  label: '完成进度',
                  children:
                    report.completionPercent === null ? (
                      '—'
                    ) : (
                      <Progress
                        percent={report.completionPercent}
                        size="small"
                        style={{ maxWidth: 220, margin: 0 }}
                      />
                    ),
                },
              ]
            : []),
        ]}
      />
      <Card size="small" title="工作进展">
        <Paragraphs text={report.workDone} />
      </Card>
      <Card size="small" title="存在问题">
        <Paragraphs text={report.problems} />
      </Card>
      <Card size="small" title="下步计划">
        <Paragraphs text={report.nextSteps} />
      </Card>
      {report.targetActuals.length > 0 && (
        <Card size="small" title="量化目标实际值">
          <Table
            size="small"
            pagination={false}
            rowKey="targetId"
            scroll={{ x: 'max-content' }}
            dataSource={report.targetActuals}
            columns={[
              { title: '指标', dataIndex: 'metric' },
              {
                title: '目标',
                key: 'target',
                render: (_, row) => formatTarget(row.comparator, row.targetValue, row.unit),
              },
              { title: '实际值', key: 'value', render: (_, row) => `${row.value} ${row.unit}` },
              {
                title: '是否达标',
                key: 'verdict',
                render: (_, row) => {
                  const met = meetsTarget(row.comparator, row.targetValue, row.value);
                  if (met === null) return '—';
                  return met ? (
                    <span className="verdict verdict--met">
                      <CheckCircleFilled /> 达标
                    </span>
                  ) : (
                    <span className="verdict verdict--missed">
                      <CloseCircleFilled /> 未达标
                    </span>
                  );
                },
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" title="佐证材料">
        <EvidenceList attachments={report.attachments} emptyText="未上传佐证材料" />
      </Card>
      {report.events.length > 0 && (
        <Card size="small" title="办理记录">
          <Timeline
            items={report.events.map((event, index) => ({
              key: `${event.kind}-${index}`,
              color:
                event.kind === 'returned' ? 'red' : event.kind === 'accepted' ? 'green' : 'blue',
              content: (
                <div>
                  <div>
                    <strong>{EVENT_LABELS[event.kind]}</strong> · {event.actorName}
                  </div>
                  <div className="report-event__time">{formatInstant(event.at)}</div>
                  {event.reason && <div className="report-event__reason">原因：{event.reason}</div>}
                </div>
              ),
            }))}
          />
        </Card>
      )}
    </div>
  );
}
