import type { ReportSummaryResponse } from '@bizenv/shared';
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { periodLabel } from '../lib/periods';
import '../reports.css';

/** Reports the office sent back, each with its reason: the first thing a department should fix. */
export function ReturnedReports({ reports }: { reports: ReportSummaryResponse[] }) {
  const navigate = useNavigate();
  if (reports.length === 0) return null;
  return (
    <Card
      size="small"
      className="returned-reports"
      title={
        <span className="returned-reports__title">
          <ExclamationCircleFilled /> 被退回的报告（{reports.length}）
        </span>
      }
    >
      <ul className="returned-reports__list">
        {reports.map((report) => (
          <li
            key={report.id}
            className="returned-report"
            data-task-id={report.taskId}
            data-period={report.period}
          >
            <div className="returned-report__main">
              <div className="returned-report__task">
                {periodLabel(report.period)} · {report.taskCode} {report.taskTitle}
              </div>
              <div className="returned-report__reason">退回原因：{report.returnReason ?? '—'}</div>
            </div>
            <Button
              size="small"
              type="primary"
              danger
              onClick={() => void navigate(`/tasks/${report.taskId}/reports/${report.period}`)}
            >
              修改重报
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
