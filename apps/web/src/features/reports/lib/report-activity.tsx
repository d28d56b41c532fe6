import { CheckCircleOutlined, FileTextOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ReportDetailResponse, ReportEventKind } from '@bizenv/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ActivityItem } from '@/components/activity-timeline';
import { formatMonth } from '@/lib/format';

const LOOKS: Record<
  ReportEventKind,
  { icon: ReactNode; color: string; label: string; verb: string }
> = {
  submitted: { icon: <FileTextOutlined />, color: 'blue', label: '月度报告', verb: '报送' },
  returned: { icon: <RollbackOutlined />, color: 'red', label: '报告退回', verb: '退回' },
  accepted: { icon: <CheckCircleOutlined />, color: 'green', label: '报告通过', verb: '通过' },
};

/** Each submission, return and acceptance of the task's monthly reports, as timeline entries. */
export function reportToActivity(report: ReportDetailResponse): ActivityItem[] {
  const month = formatMonth(report.period);
  return report.events.map((event, index) => {
    const look = LOOKS[event.kind];
    const what =
      event.kind === 'submitted'
        ? `${report.departmentName}报送${month}进展报告`
        : `${month}进展报告（${report.departmentName}）已${look.verb}`;
    return {
      key: `report-${report.id}-${index}`,
      at: event.at,
      icon: look.icon,
      color: look.color,
      label: look.label,
      title: <Link to={`/tasks/${report.taskId}/reports/${report.period}`}>{what}</Link>,
      actor: event.actorName,
      detail: event.kind === 'returned' && event.reason ? `退回理由：${event.reason}` : undefined,
    };
  });
}
