import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { noticeNotFound } from './notices.errors.js';
import type { NoticeFilter } from './notices.repository.js';
import type { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/**
 * Who reads which notice: the office its jurisdiction's notices including drafts (and issued
 * ones of the jurisdictions under it); leaders and city viewers issued ones of their readable
 * jurisdictions; a department the issued notices addressed to it. Anything else is 404.
 */
@Injectable()
export class NoticeAccess {
  constructor(private readonly policy: AccessPolicy) {}

  async scope(
    user: SessionUser,
  ): Promise<Pick<NoticeFilter, 'jurisdictionCodes' | 'draftsOf' | 'addressedTo'>> {
    const jurisdictionCodes = await this.policy.readableJurisdictionCodes(user);
    switch (user.role) {
      case 'office':
        return { jurisdictionCodes, draftsOf: user.jurisdictionCode };
      case 'leader':
      case 'city_viewer':
        return { jurisdictionCodes };
      case 'department':
        return user.departmentId === null
          ? { jurisdictionCodes: [] }
          : { jurisdictionCodes, addressedTo: user.departmentId };
      default:
        return { jurisdictionCodes: [] };
    }
  }

  async assertCanRead(user: SessionUser, notice: SupervisionNoticeEntity): Promise<void> {
    const scope = await this.scope(user);
    const visible =
      notice.status === 'draft'
        ? scope.draftsOf === notice.jurisdictionCode
        : scope.jurisdictionCodes.includes(notice.jurisdictionCode) &&
          (scope.addressedTo === undefined || scope.addressedTo === notice.departmentId);
    if (!visible) throw noticeNotFound();
  }
}
