import type { ReportSummaryResponse } from '@bizenv/shared';
import { Button, Grid, Progress, Table, Typography } from 'antd';
import { formatInstant } from '@/lib/format';
import { REPORT_ROLE_LABELS } from '../lib/labels';
import { periodLabel } from '../lib/periods';
import { ReportStateTag, TimelinessTag } from './report-state-tag';
import '../reports.css';

interface ReportInboxTableProps {
  reports: ReportSummaryResponse[];
  loading: boolean;
  onOpen: (id: number) => void;
}

/** Reports of the jurisdiction: month, task, department, state, when submitted, on time or not. */
export function ReportInboxTable({ reports, loading, onOpen }: ReportInboxTableProps) {
  const screens = Grid.useBreakpoint();
  return (
    <Table<ReportSummaryResponse>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={reports}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(report) =>
        ({ 'data-report-id': report.id, 'data-task-code': report.taskCode }) as object
      }
      locale={{ emptyText: '没有符合条件的报告' }}
      columns={[
        {
          title: '月份',
          dataIndex: 'period',
          width: 96,
          responsive: ['sm'],
          render: (p: string) => periodLabel(p),
        },
        {
          title: '任务',
          key: 'task',
          width: screens.md ? 360 : undefined,
          render: (_, r) => (
            <Typography.Link className="inbox-task-link" onClick={() => onOpen(r.id)}>
              <span className="obligation-row__code">{r.taskCode}</span>
              {r.taskTitle}
            </Typography.Link>
          ),
        },
        {
          title: '填报部门',
          key: 'department',
          render: (_, r) => `${r.departmentName}（${REPORT_ROLE_LABELS[r.role]}）`,
        },
        { title: '状态', key: 'status', render: (_, r) => <ReportStateTag status={r.status} /> },
        {
          title: '完成进度',
          key: 'completion',
          width: 140,
          responsive: ['lg'],
          render: (_, r) =>
            r.completionPercent === null ? (
              '—'
            ) : (
              <Progress percent={r.completionPercent} size="small" />
            ),
        },
        {
          title: '提交',
          key: 'submitted',
          responsive: ['md'],
          render: (_, r) => (
            <div className="inbox-submitted">
              <span>{formatInstant(r.submittedAt)}</span>
              <TimelinessTag timeliness={r.timeliness} />
            </div>
          ),
        },
        {
          title: '操作',
          key: 'open',
          fixed: 'right',
          render: (_, r) => (
            <Button
              size="small"
              type={r.status === 'submitted' ? 'primary' : 'default'}
              onClick={() => onOpen(r.id)}
            >
              {r.status === 'submitted' ? '审核' : '查看'}
            </Button>
          ),
        },
      ]}
    />
  );
}
