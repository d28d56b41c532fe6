import type { SessionUser, TaskDetailResponse } from '@bizenv/shared';
import { Card, Flex } from 'antd';
import { useMemo } from 'react';
import { ActivityTimeline, type ActivityItem } from '@/components/activity-timeline';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useTaskChangeRequests } from '../api/get-task-change-requests';
import { useTaskClosureRequests } from '../api/get-task-closure-requests';
import { useTaskEvents } from '../api/get-task-events';
import { useInstructions } from '../api/get-instructions';
import { useReloadTask } from '../hooks/use-reload-task';
import { useTaskPermissions } from '../hooks/use-task-permissions';
import { taskEventToActivity } from '../lib/event-activity';
import { InstructionList } from './instruction-list';
import { PendingRequests } from './pending-requests';
import type { AnyRequest } from './request-summary';
import '../task-tracking.css';

interface TaskTrackingActivityProps {
  task: TaskDetailResponse;
  user: SessionUser | undefined;
  /** Entries from other features (monthly reports, notices, problems), merged into the timeline. */
  otherActivity: ActivityItem[];
}

/**
 * Pending requests, leaders' instructions and the task's timeline: its events merged with what
 * other features add (monthly reports, notices, problems).
 */
export function TaskTrackingActivity({ task, user, otherActivity }: TaskTrackingActivityProps) {
  const can = useTaskPermissions(user, task);
  const reload = useReloadTask(task.id);
  const events = useTaskEvents(task.id);
  const closures = useTaskClosureRequests(task.id);
  const changes = useTaskChangeRequests(task.id);
  const instructions = useInstructions({ kind: 'task', id: task.id });

  const pending = useMemo<AnyRequest[]>(
    () => [
      ...(closures.data ?? [])
        .filter((r) => r.status === 'pending')
        .map((request) => ({ kind: 'closure' as const, request })),
      ...(changes.data ?? [])
        .filter((r) => r.status === 'pending')
        .map((request) => ({ kind: 'change' as const, request })),
    ],
    [closures.data, changes.data],
  );
  const activity = useMemo(
    () => [...(events.data ?? []).map(taskEventToActivity), ...otherActivity],
    [events.data, otherActivity],
  );

  return (
    <Flex vertical gap={12}>
      <PendingRequests
        taskId={task.id}
        requests={pending}
        canDecide={can.decideRequests}
        onReload={reload}
      />
      {/* Leaders write 批示 from the bar above; the list shows once there is one. */}
      {instructions.data && instructions.data.length > 0 && (
        <InstructionList
          subject={{ kind: 'task', id: task.id }}
          instructions={instructions.data}
          ownDepartmentId={can.ownDepartmentId}
          onReload={reload}
        />
      )}
      <Card size="small" title="工作动态" className="task-timeline">
        {events.isPending ? (
          <LoadingState text="正在加载工作动态…" />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <ActivityTimeline items={activity} emptyText="暂无工作动态" />
        )}
      </Card>
    </Flex>
  );
}
