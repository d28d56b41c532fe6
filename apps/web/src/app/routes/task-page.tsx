import type { TaskDetailResponse } from '@bizenv/shared';
import { Breadcrumb, Flex } from 'antd';
import { Link, useParams } from 'react-router';
import { NotFoundState } from '@/components/not-found-state';
import { QueryState } from '@/components/query-state';
import { useJurisdiction } from '@/features/jurisdictions/hooks/use-jurisdiction';
import { useTask } from '@/features/tasks/api/get-task';
import { TaskDetail } from '@/features/tasks/components/task-detail';
import { pageTitle } from '@/lib/format';
import { useReportPlace } from '../current-jurisdiction';
import { parseId } from './parse-id';
import { TaskTrackingSection } from './task-tracking-section';

function TaskView({ task }: { task: TaskDetailResponse }) {
  const code = task.plan.jurisdictionCode;
  useReportPlace(code, task.plan.id);
  const { data: jurisdiction } = useJurisdiction(code);

  return (
    <Flex vertical gap={16}>
      <title>{pageTitle(`${task.code} ${task.title}`, task.plan.title)}</title>
      <Breadcrumb
        items={[
          { key: 'j', title: <Link to={`/j/${code}`}>{jurisdiction?.name ?? code}</Link> },
          {
            key: 'plan',
            title: (
              <Link
                to={`/plans/${task.plan.id}`}
                className="crumb-ellipsis"
                title={task.plan.title}
              >
                {task.plan.title}
              </Link>
            ),
          },
          ...(task.parent
            ? [
                {
                  key: 'parent',
                  title: <Link to={`/tasks/${task.parent.id}`}>{task.parent.code}</Link>,
                },
              ]
            : []),
          {
            key: 'task',
            title: (
              <span className="crumb-ellipsis" title={task.title}>
                {task.code} {task.title}
              </span>
            ),
          },
        ]}
      />
      <TaskTrackingSection task={task}>
        <TaskDetail task={task} />
      </TaskTrackingSection>
    </Flex>
  );
}

/** /tasks/:id — one task in full. */
export function TaskPage() {
  const id = parseId(useParams().id);
  const query = useTask(id);
  if (id === null)
    return <NotFoundState title="未找到该任务" description="任务编号不正确，请从任务清单进入。" />;
  return (
    <QueryState query={query} loadingText="正在加载任务…">
      {(task) => <TaskView task={task} />}
    </QueryState>
  );
}
