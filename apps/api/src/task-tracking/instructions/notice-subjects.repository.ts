import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { SupervisionNoticeEntity } from '../../notices/supervision-notice.entity.js';

export interface NoticeSubject {
  id: number;
  jurisdictionCode: string;
  departmentId: number;
  departmentName: string;
}

/** Reads the supervision notices leaders may instruct on: issued or later, not discarded. */
@Injectable()
export class NoticeSubjectsRepository {
  constructor(
    @InjectRepository(SupervisionNoticeEntity)
    private readonly notices: Repository<SupervisionNoticeEntity>,
  ) {}

  async findVisible(id: number): Promise<NoticeSubject | null> {
    const notice = await this.notices.findOneBy({
      id,
      status: Not('draft'),
      discardedAt: IsNull(),
    });
    if (!notice) return null;
    const department = await this.notices.manager.findOneByOrFail(DepartmentEntity, {
      id: notice.departmentId,
    });
    return {
      id: notice.id,
      jurisdictionCode: notice.jurisdictionCode,
      departmentId: notice.departmentId,
      departmentName: department.name,
    };
  }
}
