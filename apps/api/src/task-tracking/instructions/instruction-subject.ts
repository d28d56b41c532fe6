/**
 * What an instruction is written on (a task or a supervision notice), as the instruction
 * workflow needs it: where it belongs, who must acknowledge it, and how to point at it.
 */
export interface InstructionSubject {
  taskId: number | null;
  noticeId: number | null;
  jurisdictionCode: string;
  /** The departments that must acknowledge: a task's lead and support departments, a notice's department. */
  concernedDepartmentIds: number[];
  /** Shown in the notification ("任务 1 推行企业开办一网通办"). */
  label: string;
  /** Web-app path of the subject. */
  link: string;
}
