import { Injectable } from '@nestjs/common';
import type {
  NoticeDetailResponse,
  NoticeListQuery,
  NoticeResponse,
  SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { toAccessFacts } from '../problems/problem-access.service.js';
import { TaskFactsRepository } from '../problems/task-facts.repository.js';
import { taskNotFound } from '../tasks/tasks.errors.js';
import { NoticeAccess } from './notice-access.service.js';
import { noticeNotFound } from './notices.errors.js';
import { toNoticeDetailResponse, toNoticeResponse } from './notices.mapper.js';
import { NoticesRepository } from './notices.repository.js';
import type { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/** Reading supervision notices. */
@Injectable()
export class NoticesService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly access: NoticeAccess,
    private readonly policy: AccessPolicy,
    private readonly tasks: TaskFactsRepository,
  ) {}

  async list(user: SessionUser, query: NoticeListQuery): Promise<NoticeResponse[]> {
    const rows = await this.notices.list({ ...(await this.access.scope(user)), ...query });
    return rows.map(toNoticeResponse);
  }

  async listForTask(user: SessionUser, taskId: number): Promise<NoticeResponse[]> {
    const task = await this.tasks.find(taskId);
    if (!task) throw taskNotFound();
    await this.policy.assertCanReadTask(user, toAccessFacts(task));
    return this.list(user, { taskId });
  }

  async get(user: SessionUser, id: number): Promise<NoticeDetailResponse> {
    const notice = await this.readable(user, id);
    return toNoticeDetailResponse(notice, await this.notices.findEvents(id));
  }

  async readable(user: SessionUser, id: number): Promise<SupervisionNoticeEntity> {
    const notice = await this.notices.findById(id);
    if (!notice) throw noticeNotFound();
    await this.access.assertCanRead(user, notice);
    return notice;
  }
}
