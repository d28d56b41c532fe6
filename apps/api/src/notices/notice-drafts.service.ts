import { Injectable } from '@nestjs/common';
import type { NoticeLevel, NoticeOrigin } from '@bizenv/shared';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { type NewNotice, NoticesRepository } from './notices.repository.js';

/** A notice the system drafts for the office to review, issue or discard. */
export interface AutoNoticeDraft {
  /** Deterministic: the same cause gives the same key, so it is drafted once. */
  dedupeKey: string;
  origin: Exclude<NoticeOrigin, 'manual'>;
  jurisdictionCode: string;
  departmentId: number;
  taskId: number | null;
  reason: string;
  level: NoticeLevel;
  responseDue: string;
}

/** Writes the scheduler's drafts: once each, whoever runs the job and however often. */
@Injectable()
export class NoticeDraftsService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Inserts the drafts inside the caller's transaction, skipping every dedupe key that exists
   * (INSERT … ON CONFLICT DO NOTHING); each new draft gets its event and audit row. Returns how
   * many were new.
   */
  async draft(manager: EntityManager, drafts: AutoNoticeDraft[]): Promise<number> {
    const rows: NewNotice[] = drafts.map((draft) => ({
      ...draft,
      problemId: null,
      status: 'draft',
      response: null,
      answeredBy: null,
      answeredAt: null,
      issuedBy: null,
      issuedAt: null,
      closedBy: null,
      closedAt: null,
      discardedBy: null,
      discardedAt: null,
      createdBy: null,
    }));
    const ids = await this.notices.insertIgnoringDuplicates(manager, rows);
    if (ids.length === 0) return 0;
    const now = this.clock.now();
    await this.notices.insertEvents(
      manager,
      ids.map((noticeId) => ({
        noticeId,
        action: 'drafted' as const,
        actorUserId: null,
        reason: null,
        beforeJson: null,
        afterJson: null,
        occurredAt: now,
      })),
    );
    const created = await this.notices.findKeys(manager, ids);
    for (const notice of created) {
      await this.audit.record(manager, {
        action: 'notice.auto_draft',
        targetType: 'supervision_notice',
        targetId: notice.id,
        after: {
          origin: notice.origin,
          dedupeKey: notice.dedupeKey,
          departmentId: notice.departmentId,
          taskId: notice.taskId,
        },
        actor: { ...SYSTEM_ACTOR, jurisdictionCode: notice.jurisdictionCode },
      });
    }
    return ids.length;
  }
}
