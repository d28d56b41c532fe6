import {
  EditOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  MessageOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import {
  TASK_STATUS_LABELS,
  type Deadline,
  type DepartmentResponse,
  type SessionUser,
  type TaskDetailResponse,
  type TaskStatus,
} from '@bizenv/shared';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { useReloadTask } from '../hooks/use-reload-task';
import { useTaskPermissions } from '../hooks/use-task-permissions';
import { ChangeRequestDialog } from './change-request-dialog';
import { ClosureRequestDialog } from './closure-request-dialog';
import { InstructionDialog } from './instruction-dialog';
import { StatusChangeDialog } from './status-change-dialog';
import '../task-tracking.css';

const STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done_pending_closure: 'success',
  closed: 'green',
  suspended: 'warning',
};

type Dialog = 'status' | 'closure' | 'extension' | 'adjustment' | 'instruction';

function deadlineText(deadline: Deadline): string {
  if (deadline.kind === 'none' || deadline.kind === 'ongoing')
    return deadline.printed || '无明确时限';
  return `${deadline.printed}（${formatDate(deadline.date)}）`;
}

interface TaskTrackingBarProps {
  task: TaskDetailResponse;
  user: SessionUser | undefined;
  /** The jurisdiction's departments, for an adjustment of ownership. */
  departments: DepartmentResponse[];
  /** Actions other features offer on the task (督办, 登记问题), placed after the tracking ones. */
  extraActions?: ReactNode;
}

/** The task's tracked state (status, deadline with 原定) and the actions the user's role allows. */
export function TaskTrackingBar({ task, user, departments, extraActions }: TaskTrackingBarProps) {
  const can = useTaskPermissions(user, task);
  const reload = useReloadTask(task.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const deadlineDate =
    task.deadline.kind === 'none' || task.deadline.kind === 'ongoing' ? null : task.deadline.date;

  const actions = [
    can.changeStatus && { key: 'status', icon: <SwapOutlined />, label: '变更状态', primary: true },
    can.requestClosure && {
      key: 'closure',
      icon: <FileDoneOutlined />,
      label: '申请销号',
      primary: true,
    },
    can.requestExtension && { key: 'extension', icon: <FieldTimeOutlined />, label: '申请延期' },
    can.requestAdjustment && { key: 'adjustment', icon: <EditOutlined />, label: '申请调整' },
    can.writeInstruction && {
      key: 'instruction',
      icon: <MessageOutlined />,
      label: '批示',
      primary: true,
    },
  ].filter(Boolean) as { key: Dialog; icon: ReactNode; label: string; primary?: boolean }[];

  return (
    <Card size="small" className="tracking-bar">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={16} wrap align="center" className="tracking-bar__facts">
          <span>
            <span className="meta-label">任务状态</span>
            <Tag
              color={STATUS_COLORS[task.status]}
              className="tracking-bar__status"
              data-status={task.status}
            >
              {TASK_STATUS_LABELS[task.status]}
            </Tag>
          </span>
          <span className="tracking-bar__deadline">
            <span className="meta-label">完成时限</span>
            {deadlineText(task.deadline)}
            {task.originalDeadline && (
              <Typography.Text type="secondary" className="tracking-bar__original" delete={false}>
                原定 {deadlineText(task.originalDeadline)}
              </Typography.Text>
            )}
          </span>
        </Flex>
        {(actions.length > 0 || extraActions) && (
          <Flex gap={8} wrap className="tracking-bar__actions">
            {actions.map((action) => (
              <Button
                key={action.key}
                type={action.primary ? 'primary' : 'default'}
                icon={action.icon}
                onClick={() => setDialog(action.key)}
              >
                {action.label}
              </Button>
            ))}
            {extraActions}
          </Flex>
        )}
      </Flex>
      {dialog === 'status' && (
        <StatusChangeDialog
          open
          taskId={task.id}
          status={task.status}
          version={task.version}
          onClose={close}
          onReload={reload}
        />
      )}
      {dialog === 'closure' && (
        <ClosureRequestDialog
          open
          taskId={task.id}
          version={task.version}
          onClose={close}
          onReload={reload}
        />
      )}
      {(dialog === 'extension' || dialog === 'adjustment') && (
        <ChangeRequestDialog
          open
          kind={dialog}
          task={{
            id: task.id,
            title: task.title,
            body: task.body,
            deadlineDate,
            leadDepartmentIds: task.leadDepartments.map((d) => d.id),
            supportDepartmentIds: task.supportDepartments.map((d) => d.id),
          }}
          departments={departments}
          onClose={close}
          onReload={reload}
        />
      )}
      {dialog === 'instruction' && (
        <InstructionDialog
          open
          subject={{ kind: 'task', id: task.id }}
          onClose={close}
          onReload={reload}
        />
      )}
    </Card>
  );
}
