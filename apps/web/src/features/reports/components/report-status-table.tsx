import type {
  DepartmentReportStatusResponse,
  JurisdictionReportStatusResponse,
} from '@bizenv/shared';
import { Table, Tag, Typography } from 'antd';
import { formatDate } from '@/lib/format';
import { REPORT_ROLE_LABELS } from '../lib/labels';
import { ReportStateTag, TimelinessTag } from './report-state-tag';
import '../reports.css';

function Count({ value, tone }: { value: number; tone: 'ok' | 'warn' | 'bad' | 'plain' }) {
  if (value === 0) return <span className="count count--zero">0</span>;
  return <span className={`count count--${tone}`}>{value}</span>;
}

/** Departments × on time / late / missing / not yet due for one period; a row opens its tasks. */
export function ReportStatusTable({ status }: { status: JurisdictionReportStatusResponse }) {
  return (
    <div className="report-status">
      <Typography.Paragraph type="secondary" className="report-status__note">
        截止日期 {formatDate(status.dueDate)}，统计截至 {formatDate(status.asOf)}
        。按部门首次提交时间判断是否按时。
      </Typography.Paragraph>
      <Table<DepartmentReportStatusResponse>
        size="small"
        rowKey="departmentId"
        pagination={false}
        dataSource={status.departments}
        // A fixed minimum, not max-content: the expanded task lists must wrap, not widen the table.
        scroll={{ x: 640 }}
        onRow={(row) => ({ 'data-department': row.departmentName }) as object}
        locale={{ emptyText: '本月没有需要报送的任务' }}
        columns={[
          { title: '部门', dataIndex: 'departmentName' },
          { title: '应报', dataIndex: 'expected', align: 'right' },
          {
            title: '按时报送',
            key: 'onTime',
            align: 'right',
            render: (_, r) => <Count value={r.onTime} tone="ok" />,
          },
          {
            title: '逾期报送',
            key: 'late',
            align: 'right',
            render: (_, r) => <Count value={r.late} tone="warn" />,
          },
          {
            title: '未报送',
            key: 'missing',
            align: 'right',
            render: (_, r) => <Count value={r.missing} tone="bad" />,
          },
          {
            title: '未到截止日',
            key: 'pending',
            align: 'right',
            render: (_, r) => <Count value={r.pending} tone="plain" />,
          },
        ]}
        expandable={{
          expandedRowRender: (row) => (
            <ul className="status-obligations">
              {row.obligations.map((o) => (
                <li key={o.taskId}>
                  <Tag variant="outlined">{REPORT_ROLE_LABELS[o.role]}</Tag>
                  <span className="obligation-row__code">{o.taskCode}</span>
                  <span className="status-obligations__title">{o.taskTitle}</span>
                  <ReportStateTag status={o.reportStatus} />
                  <TimelinessTag timeliness={o.timeliness} />
                </li>
              ))}
            </ul>
          ),
        }}
      />
    </div>
  );
}
