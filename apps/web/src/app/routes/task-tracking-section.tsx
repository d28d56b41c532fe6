import type { TaskDetailResponse } from '@bizenv/shared';
import { Col, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useJurisdictionDepartments } from '@/features/jurisdictions/api/get-jurisdiction-departments';
import { useNotices } from '@/features/notices/api/get-notices';
import { CreateNoticeButton } from '@/features/notices/components/create-notice-button';
import { noticeToActivity } from '@/features/notices/lib/notice-activity';
import { useTaskProblems } from '@/features/problems/api/get-task-problems';
import { RegisterProblemButton } from '@/features/problems/components/register-problem-button';
import { problemToActivity } from '@/features/problems/lib/problem-activity';
import { useTaskReports } from '@/features/reports/api/get-task-reports';
import { reportToActivity } from '@/features/reports/lib/report-activity';
import { TaskTrackingActivity } from '@/features/task-tracking/components/task-tracking-activity';
import { TaskTrackingBar } from '@/features/task-tracking/components/task-tracking-bar';

interface TaskTrackingSectionProps {
  task: TaskDetailResponse;
  /** The task's own content (text, sub-items, targets), shown beside the tracking. */
  children: ReactNode;
}

/**
 * The tracked side of a task page: its state and the user's actions on top, then the content
 * beside requests, instructions and one timeline that merges task events, reports, notices and
 * problems.
 */
export function TaskTrackingSection({ task, children }: TaskTrackingSectionProps) {
  const user = useCurrentUser();
  const { data: departments } = useJurisdictionDepartments(task.plan.jurisdictionCode);
  const notices = useNotices({ taskId: task.id });
  const problems = useTaskProblems(task.id);
  // The reports feature's own query (one key per task's reports): its writes refresh the timeline.
  const reports = useTaskReports(task.id);
  const otherActivity = useMemo(
    () => [
      ...(reports.data ?? []).flatMap(reportToActivity),
      ...(notices.data ?? []).flatMap(noticeToActivity),
      ...(problems.data ?? []).flatMap(problemToActivity),
    ],
    [reports.data, notices.data, problems.data],
  );

  // Same rules as the server: the office of the task's jurisdiction, or a department on the task.
  const office = user?.role === 'office' && user.jurisdictionCode === task.plan.jurisdictionCode;
  const taskDepartments = [...task.leadDepartments, ...task.supportDepartments];
  const onTask =
    user?.role === 'department' && taskDepartments.some((d) => d.id === user.departmentId);
  const taskOption = { id: task.id, code: task.code, title: task.title };

  return (
    <>
      <TaskTrackingBar
        task={task}
        user={user}
        departments={departments ?? []}
        extraActions={
          <>
            {office && <CreateNoticeButton task={taskOption} departments={taskDepartments} />}
            {(office || onTask) && (
              <RegisterProblemButton
                task={taskOption}
                asDepartmentId={onTask ? (user?.departmentId ?? null) : null}
                departments={departments ?? []}
              />
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {children}
        </Col>
        <Col xs={24} xl={8}>
          <TaskTrackingActivity task={task} user={user} otherActivity={otherActivity} />
        </Col>
      </Row>
    </>
  );
}
