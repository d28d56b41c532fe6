import {
  CLOSURE_REQUESTABLE_STATUSES,
  MANUAL_STATUS_TRANSITIONS,
  type SessionUser,
  type TaskStatus,
} from '@bizenv/shared';

/** What the task page needs to know about the task to decide what a user may do. */
export interface TrackedTask {
  jurisdictionCode: string;
  status: TaskStatus;
  leadDepartmentIds: number[];
  supportDepartmentIds: number[];
}

/** The tracking actions a user may take on a task; the server checks the same rules again. */
export interface TaskPermissions {
  changeStatus: boolean;
  decideRequests: boolean;
  requestClosure: boolean;
  requestExtension: boolean;
  requestAdjustment: boolean;
  writeInstruction: boolean;
  /** The user's department, when it is on the task (to acknowledge instructions). */
  ownDepartmentId: number | null;
}

const NONE: TaskPermissions = {
  changeStatus: false,
  decideRequests: false,
  requestClosure: false,
  requestExtension: false,
  requestAdjustment: false,
  writeInstruction: false,
  ownDepartmentId: null,
};

/**
 * Writes happen only in the user's own jurisdiction: a city's office reads its counties but does
 * not act there. The office keeps status true and decides requests; the lead department asks for
 * closure and extension; lead and support departments ask for adjustments; leaders write 批示.
 */
export function taskPermissions(user: SessionUser | null, task: TrackedTask): TaskPermissions {
  if (!user || user.mustChangePassword || user.jurisdictionCode !== task.jurisdictionCode) {
    return NONE;
  }
  switch (user.role) {
    case 'office':
      return {
        ...NONE,
        changeStatus: MANUAL_STATUS_TRANSITIONS[task.status].length > 0,
        decideRequests: true,
      };
    case 'leader':
      return { ...NONE, writeInstruction: true };
    case 'department': {
      const id = user.departmentId;
      const lead = id !== null && task.leadDepartmentIds.includes(id);
      const support = id !== null && task.supportDepartmentIds.includes(id);
      if (!lead && !support) return NONE;
      return {
        ...NONE,
        requestClosure: lead && CLOSURE_REQUESTABLE_STATUSES.includes(task.status),
        requestExtension: lead && task.status !== 'closed',
        requestAdjustment: task.status !== 'closed',
        ownDepartmentId: id,
      };
    }
    default:
      return NONE;
  }
}
