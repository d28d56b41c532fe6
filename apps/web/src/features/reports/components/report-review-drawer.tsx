import { Drawer, Grid } from 'antd';
import { QueryState } from '@/components/query-state';
import { useReport } from '../api/get-report';
import { periodLabel } from '../lib/periods';
import { ReportView } from './report-view';
import { ReviewActions } from './review-actions';

interface ReportReviewDrawerProps {
  reportId: number | null;
  /** The office of the report's jurisdiction decides; others only read. */
  canReview: boolean;
  onClose: () => void;
}

/** One report opened from the inbox: read it, download evidence, 通过 or 退回. */
export function ReportReviewDrawer({ reportId, canReview, onClose }: ReportReviewDrawerProps) {
  const screens = Grid.useBreakpoint();
  const query = useReport(reportId);
  const report = query.data;
  return (
    <Drawer
      open={reportId !== null}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      className="report-review-drawer"
      title={
        report
          ? `${report.departmentName} · ${periodLabel(report.period)} · 任务 ${report.taskCode}`
          : '进展报告'
      }
      footer={
        report && canReview && report.status === 'submitted' ? (
          <ReviewActions report={report} onReload={() => void query.refetch()} />
        ) : undefined
      }
    >
      {reportId !== null && (
        <QueryState query={query} loadingText="正在加载报告…">
          {(data) => (
            <>
              <h3 className="report-review-drawer__task">
                {data.taskCode} {data.taskTitle}
              </h3>
              <ReportView report={data} />
            </>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
