import type { ReportDetailResponse, SessionUser, TaskDetailResponse } from '@bizenv/shared';
import { Alert, Breadcrumb, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { QueryState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useMyObligations } from '@/features/reports/api/get-my-obligations';
import { useMyTaskReport, useTaskReports } from '@/features/reports/api/get-task-reports';
import { ReportForm } from '@/features/reports/components/report-form';
import { ReportStateTag } from '@/features/reports/components/report-state-tag';
import { ReportView } from '@/features/reports/components/report-view';
import { ReviewActions } from '@/features/reports/components/review-actions';
import { REPORT_ROLE_LABELS } from '@/features/reports/lib/labels';
import { currentPeriod, parsePeriodParam, periodLabel } from '@/features/reports/lib/periods';
import { useTask } from '@/features/tasks/api/get-task';
import { formatDate, pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';

interface ReportScreenProps {
  task: TaskDetailResponse;
  period: string;
  user: SessionUser;
  report: ReportDetailResponse | null;
  onReload: () => Promise<unknown>;
}

function ReportScreen({ task, period, user, report, onReload }: ReportScreenProps) {
  useReportPlace(task.plan.jurisdictionCode, task.plan.id);
  const obligations = useMyObligations(period);
  // Remounts the form with the server's values after a reload (version conflict).
  const [formGeneration, setFormGeneration] = useState(0);
  const isLead = task.leadDepartments.some((d) => d.id === user.departmentId);
  const role = report?.role ?? (isLead ? 'lead' : 'support');
  const editable = report === null || report.status === 'draft' || report.status === 'returned';
  const dueDate = report?.dueDate ?? obligations.data?.dueDate;
  const title = `${periodLabel(period)}进展报告`;

  return (
    <Flex vertical gap={16} className="report-page">
      <title>{pageTitle(title, `${task.code} ${task.title}`)}</title>
      <Breadcrumb
        items={[
          { key: 'workspace', title: <Link to={`/workspace?period=${period}`}>我的任务</Link> },
          {
            key: 'task',
            title: (
              <Link to={`/tasks/${task.id}`} className="crumb-ellipsis" title={task.title}>
                {task.code} {task.title}
              </Link>
            ),
          },
          { key: 'report', title },
        ]}
      />
      <div className="report-page__header">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <div className="report-page__task">
          <span className="obligation-row__code">{task.code}</span>
          {task.title}
        </div>
        <Flex gap={8} wrap align="center" className="report-page__meta">
          <ReportStateTag status={report?.status ?? null} />
          <span>本部门{REPORT_ROLE_LABELS[role]}</span>
          {dueDate && (
            <>
              <span className="report-page__sep">·</span>
              <span>截止 {formatDate(dueDate)}</span>
            </>
          )}
        </Flex>
      </div>
      {editable ? (
        <ReportForm
          key={formGeneration}
          taskId={task.id}
          period={period}
          role={role}
          targets={role === 'lead' ? task.targets : []}
          report={report}
          onReload={() => void onReload().then(() => setFormGeneration((n) => n + 1))}
        />
      ) : (
        <>
          {report.status === 'submitted' && (
            <Alert type="info" showIcon title="报告已提交，等待营商办审核；审核前不能修改。" />
          )}
          <ReportView report={report} />
        </>
      )}
    </Flex>
  );
}

interface ReadScreenProps {
  task: TaskDetailResponse;
  period: string;
  user: SessionUser;
  departmentId: number | null;
}

/**
 * The same address for readers (office, leaders, viewers): every department's report on the task
 * for the month, one tab each; the task's own office reviews a submitted one here too.
 */
function ReportReadScreen({ task, period, user, departmentId }: ReadScreenProps) {
  useReportPlace(task.plan.jurisdictionCode, task.plan.id);
  const query = useTaskReports(task.id);
  const title = `${periodLabel(period)}进展报告`;
  const canReview = user.role === 'office' && user.jurisdictionCode === task.plan.jurisdictionCode;
  return (
    <Flex vertical gap={16} className="report-page">
      <title>{pageTitle(title, `${task.code} ${task.title}`)}</title>
      <Breadcrumb
        items={[
          {
            key: 'task',
            title: (
              <Link to={`/tasks/${task.id}`} className="crumb-ellipsis" title={task.title}>
                {task.code} {task.title}
              </Link>
            ),
          },
          { key: 'report', title },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <QueryState query={query} loadingText="正在加载报告…">
        {(reports) => {
          const ofPeriod = reports.filter((r) => r.period === period && r.status !== 'draft');
          if (ofPeriod.length === 0) {
            return <Empty description="该月尚无已提交的进展报告" />;
          }
          const active =
            ofPeriod.find((r) => r.departmentId === departmentId) ??
            ofPeriod.find((r) => r.role === 'lead') ??
            ofPeriod[0];
          return (
            <Tabs
              defaultActiveKey={String(active?.id)}
              items={ofPeriod.map((report) => ({
                key: String(report.id),
                label: `${report.departmentName}（${REPORT_ROLE_LABELS[report.role]}）`,
                children: (
                  <Flex vertical gap={12}>
                    <ReportView report={report} />
                    {canReview && report.status === 'submitted' && (
                      <ReviewActions report={report} onReload={() => void query.refetch()} />
                    )}
                  </Flex>
                ),
              }))}
            />
          );
        }}
      </QueryState>
    </Flex>
  );
}

/**
 * /tasks/:taskId/reports/:period — a department fills in its monthly report on a task here;
 * readers see the month's reports of every department (?department= picks one).
 */
export function ReportPage() {
  const params = useParams();
  const [searchParams] = useSearchParams();
  const taskId = parseId(params.taskId);
  const period = parsePeriodParam(params.period);
  const user = useCurrentUser();
  const task = useTask(taskId);
  const report = useMyTaskReport(
    taskId ?? 0,
    period ?? currentPeriod(),
    user?.role === 'department' && taskId !== null && period !== null ? user.departmentId : null,
  );

  if (taskId === null || period === null) {
    return (
      <NotFoundState
        title="未找到该报告"
        description="地址中的任务编号或月份不正确，请从“我的任务”进入。"
      />
    );
  }
  if (user && user.role !== 'department') {
    return (
      <QueryState query={task} loadingText="正在加载任务…">
        {(taskData) => (
          <ReportReadScreen
            task={taskData}
            period={period}
            user={user}
            departmentId={parseId(searchParams.get('department') ?? undefined)}
          />
        )}
      </QueryState>
    );
  }
  return (
    <QueryState query={task} loadingText="正在加载任务…">
      {(taskData) => (
        <QueryState query={report} loadingText="正在加载报告…">
          {(reportData) =>
            user ? (
              <ReportScreen
                task={taskData}
                period={period}
                user={user}
                report={reportData}
                onReload={() => report.refetch()}
              />
            ) : null
          }
        </QueryState>
      )}
    </QueryState>
  );
}
