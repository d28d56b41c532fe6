import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../../access/access-policy.service.js';
import type { AppError } from '../../common/app-error.js';
import { taskNotFound } from '../../tasks/tasks.errors.js';
import { TrackedTaskAccess } from '../tasks/tracked-task-access.service.js';
import type { InstructionSubject } from './instruction-subject.js';
import { NoticeSubjectsRepository } from './notice-subjects.repository.js';
import { noticeNotFound } from '../task-tracking.errors.js';

/** Longest part of a task title a notification label repeats. */
const LABEL_TITLE_CHARS = 60;

/**
 * Finds what an instruction is (to be) written on, for a user who may read it: anything else
 * is 404 (`notFound`), so the existence of other jurisdictions' work does not leak.
 */
@Injectable()
export class InstructionSubjects {
  constructor(
    private readonly tasks: TrackedTaskAccess,
    private readonly notices: NoticeSubjectsRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async task(
    user: SessionUser,
    taskId: number,
    notFound: () => AppError = taskNotFound,
  ): Promise<InstructionSubject> {
    const task = await this.tasks.readable(user, taskId, notFound);
    return {
      taskId,
      noticeId: null,
      jurisdictionCode: task.jurisdictionCode,
      concernedDepartmentIds: task.departments.map((department) => department.id),
      label: `任务${task.row.code} ${task.row.title.slice(0, LABEL_TITLE_CHARS)}`,
      link: `/tasks/${taskId}`,
    };
  }

  /**
   * A supervision notice the user may read: issued (drafts are the office's own work) and not
   * discarded, in a readable jurisdiction, and for a department user addressed to its department.
   */
  async notice(
    user: SessionUser,
    noticeId: number,
    notFound: () => AppError = noticeNotFound,
  ): Promise<InstructionSubject> {
    const notice = await this.notices.findVisible(noticeId);
    const readable =
      notice !== null &&
      (await this.policy.readableJurisdictionCodes(user)).includes(notice.jurisdictionCode) &&
      (user.role !== 'department' || user.departmentId === notice.departmentId);
    if (!readable) throw notFound();
    return {
      taskId: null,
      noticeId,
      jurisdictionCode: notice.jurisdictionCode,
      concernedDepartmentIds: [notice.departmentId],
      label: `督办通知（${notice.departmentName}）`,
      link: `/notices/${noticeId}`,
    };
  }

  of(
    user: SessionUser,
    instruction: { taskId: number | null; noticeId: number | null },
    notFound: () => AppError,
  ): Promise<InstructionSubject> {
    return instruction.taskId !== null
      ? this.task(user, instruction.taskId, notFound)
      : this.notice(user, instruction.noticeId!, notFound);
  }
}
