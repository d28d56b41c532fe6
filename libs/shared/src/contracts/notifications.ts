/**
 * In-app notifications (站内消息). A notification is addressed either to one user or to a
 * department (every user of that department sees it); read marks are kept per user.
 */
export const NOTIFICATION_KINDS = [
  /** A leader's instruction (批示) on a task the department works on. */
  'leader_instruction',
  /** A supervision notice (督办) was issued to the department. */
  'notice_issued',
  /** The department answered a supervision notice (to the office user who issued it). */
  'notice_answered',
  /** The monthly report is due in a few working days. */
  'report_due_reminder',
  /** A task deadline is a few working days away. */
  'task_deadline_reminder',
  /** A problem (问题清单) was registered for the department to rectify. */
  'problem_assigned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  leader_instruction: '领导批示',
  notice_issued: '督办通知',
  notice_answered: '督办回复',
  report_due_reminder: '月报提醒',
  task_deadline_reminder: '任务到期提醒',
  problem_assigned: '问题整改',
};

export interface NotificationResponse {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Path in the web app the notification points at ("/tasks/12"), or null. */
  link: string | null;
  /** Set when addressed to a department rather than to the user personally. */
  departmentId: number | null;
  createdAt: string;
  /** When the signed-in user read it; null while unread. */
  readAt: string | null;
}

export interface NotificationListResponse {
  items: NotificationResponse[];
  /** Unread notifications of the user in total (not only those in `items`). */
  unreadCount: number;
}

export interface NotificationListQuery {
  /** true: only unread ones. */
  unread?: boolean;
}
