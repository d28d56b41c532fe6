import { Injectable } from '@nestjs/common';
import type { InstructionResponse, SessionUser } from '@bizenv/shared';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/clock.js';
import type { EntityManager } from '../../database/entity-manager.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { NotificationService } from '../../notifications/notifications.service.js';
import { TaskHistoryService } from '../events/task-history.service.js';
import {
  instructionAlreadyAcknowledged,
  instructionNotFound,
  leaderOfJurisdictionOnly,
  notConcernedDepartment,
} from '../task-tracking.errors.js';
import type { InstructionSubject } from './instruction-subject.js';
import { InstructionSubjects } from './instruction-subjects.service.js';
import { toInstructionResponse } from './instructions.mapper.js';
import { type InstructionFilter, InstructionsRepository } from './instructions.repository.js';

/** Longest part of the instruction text a notification repeats. */
const NOTIFICATION_BODY_CHARS = 500;
/** Notification titles are at most 200 characters (notification.title). */
const NOTIFICATION_TITLE_CHARS = 200;

/**
 * Leaders' instructions (批示). A leader of the subject's own jurisdiction writes one (a city
 * leader reads its counties but instructs through the county's own leaders, like every other
 * write); the concerned departments are notified in the app and each must acknowledge it once.
 */
@Injectable()
export class InstructionsService {
  constructor(
    private readonly subjects: InstructionSubjects,
    private readonly instructions: InstructionsRepository,
    private readonly notifications: NotificationService,
    private readonly history: TaskHistoryService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async createOnTask(
    user: SessionUser,
    taskId: number,
    text: string,
  ): Promise<InstructionResponse> {
    return this.create(user, await this.subjects.task(user, taskId), text);
  }

  async createOnNotice(
    user: SessionUser,
    noticeId: number,
    text: string,
  ): Promise<InstructionResponse> {
    return this.create(user, await this.subjects.notice(user, noticeId), text);
  }

  async listForTask(user: SessionUser, taskId: number): Promise<InstructionResponse[]> {
    await this.subjects.task(user, taskId);
    return this.list({ taskId });
  }

  async listForNotice(user: SessionUser, noticeId: number): Promise<InstructionResponse[]> {
    await this.subjects.notice(user, noticeId);
    return this.list({ noticeId });
  }

  /** A user of a concerned department acknowledges the instruction for its department. */
  async acknowledge(user: SessionUser, id: number): Promise<InstructionResponse> {
    const instruction = await this.instructions.findById(id);
    if (!instruction) throw instructionNotFound();
    const subject = await this.subjects.of(user, instruction, instructionNotFound);
    const departmentId = user.role === 'department' ? user.departmentId : null;
    if (departmentId === null || !(await this.instructions.isConcerned(id, departmentId))) {
      throw notConcernedDepartment();
    }
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      if (!(await this.instructions.acknowledge(manager, id, departmentId, user.id, now))) {
        throw instructionAlreadyAcknowledged();
      }
      if (subject.taskId !== null) {
        await this.history.record(manager, {
          taskId: subject.taskId,
          type: 'instruction_acknowledged',
          actorUserId: user.id,
          occurredAt: now,
          after: { instructionId: id, departmentId },
        });
      }
      await this.audit.record(manager, {
        action: 'instruction.acknowledge',
        targetType: 'instruction',
        targetId: id,
        after: { departmentId, acknowledgedAt: now.toISOString() },
      });
      return this.get(manager, id);
    });
  }

  private async create(
    user: SessionUser,
    subject: InstructionSubject,
    text: string,
  ): Promise<InstructionResponse> {
    if (user.role !== 'leader' || user.jurisdictionCode !== subject.jurisdictionCode) {
      throw leaderOfJurisdictionOnly();
    }
    const departmentIds = [...new Set(subject.concernedDepartmentIds)];
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const id = await this.instructions.insert(
        manager,
        {
          authorUserId: user.id,
          taskId: subject.taskId,
          noticeId: subject.noticeId,
          text,
          createdAt: now,
        },
        departmentIds,
      );
      await this.notifications.notifyDepartments(manager, departmentIds, {
        kind: 'leader_instruction',
        title: `${user.displayName}批示：${subject.label}`.slice(0, NOTIFICATION_TITLE_CHARS),
        body: text.slice(0, NOTIFICATION_BODY_CHARS),
        link: subject.link,
      });
      if (subject.taskId !== null) {
        await this.history.record(manager, {
          taskId: subject.taskId,
          type: 'instruction_written',
          actorUserId: user.id,
          occurredAt: now,
          after: { instructionId: id, text, departmentIds },
        });
      }
      await this.audit.record(manager, {
        action: 'instruction.create',
        targetType: 'instruction',
        targetId: id,
        after: { taskId: subject.taskId, noticeId: subject.noticeId, text, departmentIds },
      });
      return this.get(manager, id);
    });
  }

  private async list(filter: InstructionFilter): Promise<InstructionResponse[]> {
    return (await this.instructions.list(filter)).map(toInstructionResponse);
  }

  private async get(manager: EntityManager, id: number): Promise<InstructionResponse> {
    const [row] = await this.instructions.list({ id }, manager);
    return toInstructionResponse(row!);
  }
}
