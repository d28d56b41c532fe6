import { Drawer, Typography } from 'antd';
import { QueryState } from '@/components/query-state';
import { formatDate } from '@/lib/format';
import { useDashboardReports } from '../api/get-dashboard-reports';
import { useDashboardTasks } from '../api/get-dashboard-tasks';
import { drillTitle, narrowTasks, type Drill, type DrillNames } from '../lib/drill';
import { ReportRowTable } from './report-row-table';
import { TaskRowTable } from './task-row-table';

type TaskDrill = Extract<Drill, { kind: 'tasks' }>;
type ReportDrill = Extract<Drill, { kind: 'reports' }>;

function TaskList({ code, asOf, drill }: { code: string; asOf: string | null; drill: TaskDrill }) {
  const query = useDashboardTasks(code, drill.at ?? asOf, drill.bucket);
  return (
    <QueryState query={query} loadingText="正在加载任务…">
      {(data) => {
        const rows = narrowTasks(data.items, drill);
        return (
          <>
            <Typography.Paragraph type="secondary" className="drill-summary">
              截至{formatDate(data.asOf)}，共 <strong className="drill-count">{rows.length}</strong>{' '}
              项任务
            </Typography.Paragraph>
            <TaskRowTable
              rows={rows}
              emphasis={drill.bucket === 'due_soon' ? 'due_soon' : 'overdue'}
            />
          </>
        );
      }}
    </QueryState>
  );
}

function ReportList({
  code,
  asOf,
  drill,
}: {
  code: string;
  asOf: string | null;
  drill: ReportDrill;
}) {
  const query = useDashboardReports(code, {
    asOf: asOf ?? undefined,
    period: drill.period,
    department: drill.department,
    state: drill.state,
  });
  return (
    <QueryState query={query} loadingText="正在加载报告…">
      {(data) => (
        <>
          <Typography.Paragraph type="secondary" className="drill-summary">
            {data.period} 期报告，截止日 {formatDate(data.dueDate)}，共{' '}
            <strong className="drill-count">{data.items.length}</strong> 份
          </Typography.Paragraph>
          <ReportRowTable rows={data.items} />
        </>
      )}
    </QueryState>
  );
}

interface DrillDrawerProps {
  code: string;
  asOf: string | null;
  drill: Drill | null;
  names: DrillNames;
  onClose: () => void;
}

/** The list behind a clicked figure, over the dashboard (its state is in the URL). */
export default function DrillDrawer({ code, asOf, drill, names, onClose }: DrillDrawerProps) {
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      size="min(1100px, 100vw)"
      className="drill-drawer"
      title={drill ? drillTitle(drill, names) : ''}
      destroyOnHidden
    >
      {drill?.kind === 'tasks' && <TaskList code={code} asOf={asOf} drill={drill} />}
      {drill?.kind === 'reports' && <ReportList code={code} asOf={asOf} drill={drill} />}
    </Drawer>
  );
}
