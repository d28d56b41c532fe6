import {
  AuditOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  FileDoneOutlined,
  MessageOutlined,
  SwapOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  CHANGE_REQUEST_KIND_LABELS,
  TASK_EVENT_TYPE_LABELS,
  type ChangeRequestKind,
  TASK_STATUS_LABELS,
  type TaskEventResponse,
  type TaskEventType,
  type TaskStatus,
} from '@bizenv/shared';
import type { ReactNode } from 'react';
import type { ActivityItem } from '@/components/activity-timeline';
import { formatDate } from '@/lib/format';

const LOOKS: Record<TaskEventType, { icon: ReactNode; color: string }> = {
  status_changed: { icon: <SwapOutlined />, color: 'blue' },
  closure_requested: { icon: <FileDoneOutlined />, color: 'gold' },
  closure_approved: { icon: <SafetyCertificateOutlined />, color: 'green' },
  closure_rejected: { icon: <CloseCircleOutlined />, color: 'red' },
  change_requested: { icon: <EditOutlined />, color: 'orange' },
  change_approved: { icon: <CheckCircleOutlined />, color: 'green' },
  change_rejected: { icon: <CloseCircleOutlined />, color: 'red' },
  instruction_written: { icon: <MessageOutlined />, color: 'purple' },
  instruction_acknowledged: { icon: <AuditOutlined />, color: 'cyan' },
};

const REASON_WORDS: Partial<Record<TaskEventType, string>> = {
  status_changed: '理由',
  closure_requested: '完成情况',
  closure_rejected: '退回理由',
  change_requested: '申请理由',
  change_rejected: '退回理由',
};

const FIELD_WORDS: Record<string, string> = {
  deadline: '完成时限',
  title: '任务标题',
  body: '任务内容',
  leadDepartments: '牵头部门',
  supportDepartments: '配合部门',
};

const status = (value: TaskStatus | null) => (value ? TASK_STATUS_LABELS[value] : '—');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field value of the history as words: text, a deadline, a list of named departments. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.printed === 'string') {
    return typeof value.date === 'string'
      ? `${value.printed}（${formatDate(value.date)}）`
      : value.printed;
  }
  if (isRecord(value) && value.kind === 'none') return '无明确时限';
  if (Array.isArray(value)) {
    const names = value.map((v) => (isRecord(v) && typeof v.name === 'string' ? v.name : null));
    if (names.some((name) => name === null)) return null;
    return names.join('、') || '无';
  }
  return null;
}

/**
 * "完成时限：2021年12月底前（2021年12月31日） → 2022年6月底前（2022年6月30日）" for each readable
 * field the entry changed or proposes (ids without names are left out).
 */
export function changedFields(event: Pick<TaskEventResponse, 'before' | 'after'>): string[] {
  const after = event.after;
  if (!after) return [];
  return Object.entries(FIELD_WORDS).flatMap(([field, words]) => {
    const next = text(after[field]);
    if (next === null) return [];
    const before = event.before ? text(event.before[field]) : null;
    return [
      before === null || before === next ? `${words}：${next}` : `${words}：${before} → ${next}`,
    ];
  });
}

/** Extension or adjustment, as the history of a change request names it. */
function changeKind(event: TaskEventResponse): ChangeRequestKind | null {
  const kind = event.after?.kind;
  return kind === 'extension' || kind === 'adjustment' ? kind : null;
}

function label(event: TaskEventResponse): string {
  const kind = changeKind(event);
  if (kind) {
    const name = CHANGE_REQUEST_KIND_LABELS[kind];
    if (event.type === 'change_requested') return name;
    return event.type === 'change_approved' ? `同意${name}` : `退回${name}`;
  }
  return event.type === 'status_changed' ? '状态变更' : TASK_EVENT_TYPE_LABELS[event.type];
}

/** The printed words of the deadline an extension names ("2022年6月底前"), if any. */
function deadlineWords(event: TaskEventResponse): string | null {
  const deadline = event.after?.deadline;
  return isRecord(deadline) && typeof deadline.printed === 'string' ? deadline.printed : null;
}

/** The headline of an entry: the status move when there is one, else what happened. */
function title(event: TaskEventResponse): string {
  if (event.fromStatus && event.toStatus) {
    const move = `${status(event.fromStatus)} → ${status(event.toStatus)}`;
    return event.type === 'status_changed' ? move : `${label(event)}（${move}）`;
  }
  const kind = changeKind(event);
  const words = deadlineWords(event);
  switch (event.type) {
    case 'instruction_written':
      return '作出批示';
    case 'instruction_acknowledged':
      return `${event.actor.displayName}确认收到批示`;
    case 'change_requested':
      return kind === 'extension' && words ? `申请延期至${words}` : '申请调整任务';
    case 'change_approved':
      return kind === 'extension' && words ? `完成时限延至${words}` : '任务已按申请调整';
    case 'change_rejected':
      return `${kind ? CHANGE_REQUEST_KIND_LABELS[kind] : '申请'}未获同意`;
    default:
      return label(event);
  }
}

/** A task event as an entry of the merged timeline. */
export function taskEventToActivity(event: TaskEventResponse): ActivityItem {
  const reasonWords = REASON_WORDS[event.type] ?? '说明';
  const instruction = event.type === 'instruction_written' ? text(event.after?.text) : null;
  const lines = [
    ...(instruction ? [instruction] : []),
    ...(event.reason ? [`${reasonWords}：${event.reason}`] : []),
    ...changedFields(event),
  ];
  return {
    key: `task-event-${event.id}`,
    at: event.occurredAt,
    ...LOOKS[event.type],
    label: label(event),
    title: title(event),
    actor: event.actor.displayName,
    detail: lines.length > 0 ? lines.join('\n') : undefined,
  };
}
