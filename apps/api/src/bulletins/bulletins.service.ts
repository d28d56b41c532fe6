import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  type BulletinDetailResponse,
  type BulletinFileKind,
  type BulletinResponse,
  bulletinMonths,
  chinaPeriodOf,
  type GenerateBulletinRequest,
  isValidBulletinPeriod,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { contentDisposition } from '../attachments/file-name.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReportPeriodLocksRepository } from '../reports/report-period-locks.repository.js';
import { BulletinBuilderService } from './bulletin-builder.service.js';
import { BulletinStorage, type StoredBulletinFile } from './bulletin-storage.js';
import type { BulletinEntity } from './bulletin.entity.js';
import {
  bulletinAlreadyPublished,
  bulletinNotFound,
  bulletinPeriodInvalid,
  versionConflict,
} from './bulletins.errors.js';
import {
  bulletinFileName,
  toBulletinDetailResponse,
  toBulletinResponse,
} from './bulletins.mapper.js';
import { BulletinsRepository } from './bulletins.repository.js';

export const MEDIA_TYPES: Record<BulletinFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface BulletinDownload {
  stream: Readable;
  mediaType: string;
  size: number;
  contentDisposition: string;
}

/**
 * Generating bulletins and reading them. Office, leaders and viewers read the bulletins of the
 * jurisdictions they may read (a city's accounts its counties' too); only the jurisdiction's own
 * office generates. A published bulletin is frozen: regenerating it is refused.
 */
@Injectable()
export class BulletinsService {
  constructor(
    private readonly bulletins: BulletinsRepository,
    private readonly locks: ReportPeriodLocksRepository,
    private readonly builder: BulletinBuilderService,
    private readonly storage: BulletinStorage,
    private readonly policy: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: SessionUser, jurisdictionCode: string): Promise<BulletinResponse[]> {
    await this.policy.assertCanReadJurisdiction(user, jurisdictionCode);
    const rows = await this.bulletins.list(jurisdictionCode);
    const months = [...new Set(rows.flatMap((row) => bulletinMonths(row.periodKind, row.period)))];
    const [departments, locks] = await Promise.all([
      this.bulletins.findDepartments(rows.map((row) => row.id)),
      this.locks.history([jurisdictionCode], months),
    ]);
    return rows.map((row) => {
      const covered = bulletinMonths(row.periodKind, row.period);
      return toBulletinResponse(
        row,
        departments.filter((department) => department.bulletinId === row.id),
        locks.filter((lock) => covered.includes(lock.period)),
      );
    });
  }

  async get(user: SessionUser, id: number): Promise<BulletinDetailResponse> {
    return this.detail(await this.readable(user, id));
  }

  async download(user: SessionUser, id: number, kind: BulletinFileKind): Promise<BulletinDownload> {
    const bulletin = await this.readable(user, id);
    return {
      stream: this.storage.open(
        kind === 'docx' ? bulletin.docxStorageKey : bulletin.xlsxStorageKey,
      ),
      mediaType: MEDIA_TYPES[kind],
      size: kind === 'docx' ? bulletin.docxSize : bulletin.xlsxSize,
      contentDisposition: contentDisposition(bulletinFileName(bulletin, kind), kind),
    };
  }

  /** Generates the period's bulletin, or regenerates its draft; 409 once it is published. */
  async generate(
    user: SessionUser,
    jurisdictionCode: string,
    request: GenerateBulletinRequest,
  ): Promise<BulletinDetailResponse> {
    await this.policy.assertOfficeOf(user, jurisdictionCode);
    const { periodKind, period } = request;
    if (
      !isValidBulletinPeriod(periodKind, period) ||
      bulletinMonths(periodKind, period)[0]! > chinaPeriodOf(this.clock.now())
    ) {
      throw bulletinPeriodInvalid();
    }
    const before = await this.bulletins.findByPeriod(jurisdictionCode, periodKind, period);
    if (before?.status === 'published') throw bulletinAlreadyPublished();

    const built = await this.builder.build(user, jurisdictionCode, periodKind, period);
    const docx = await this.storage.write(built.docx);
    let xlsx: StoredBulletinFile | null = null;
    try {
      xlsx = await this.storage.write(built.xlsx);
      const stored = { docx, xlsx };
      const { id, replaced } = await this.transactions.run(async (tx) => {
        const content = {
          title: built.title,
          figuresJson: JSON.stringify(built.figures),
          generatedBy: user.id,
          generatedAt: this.clock.now(),
          docxStorageKey: stored.docx.storageKey,
          docxSha256: stored.docx.sha256,
          docxSize: stored.docx.size,
          xlsxStorageKey: stored.xlsx.storageKey,
          xlsxSha256: stored.xlsx.sha256,
          xlsxSize: stored.xlsx.size,
        };
        const existing = await this.bulletins.findByPeriod(
          jurisdictionCode,
          periodKind,
          period,
          tx,
        );
        let bulletinId: number;
        if (existing === null) {
          const created = await this.bulletins.insert(tx, {
            ...content,
            jurisdictionCode,
            periodKind,
            period,
          });
          // Two offices' clicks at once: the second finds the row the first just made.
          if (created === null) throw versionConflict();
          bulletinId = created;
        } else {
          if (existing.status === 'published') throw bulletinAlreadyPublished();
          if (!(await this.bulletins.replaceDraft(tx, existing.id, existing.version, content))) {
            throw versionConflict();
          }
          bulletinId = existing.id;
        }
        await this.bulletins.replaceDepartments(tx, bulletinId, built.criticised);
        await this.audit.record(tx, {
          action: existing === null ? 'bulletin.generate' : 'bulletin.regenerate',
          targetType: 'bulletin',
          targetId: bulletinId,
          after: {
            jurisdictionCode,
            periodKind,
            period,
            docxSha256: stored.docx.sha256,
            xlsxSha256: stored.xlsx.sha256,
          },
        });
        return { id: bulletinId, replaced: existing };
      });
      if (replaced) {
        await this.storage.remove(replaced.docxStorageKey);
        await this.storage.remove(replaced.xlsxStorageKey);
      }
      return this.detail((await this.bulletins.findById(id))!);
    } catch (error) {
      // Files of a generation that was not recorded belong to nobody.
      await this.storage.remove(docx.storageKey);
      if (xlsx) await this.storage.remove(xlsx.storageKey);
      throw error;
    }
  }

  /** The bulletin if the user may read its jurisdiction; 404 otherwise. */
  async readable(user: SessionUser, id: number, manager?: EntityManager): Promise<BulletinEntity> {
    const bulletin = await this.bulletins.findById(id, manager);
    if (!bulletin) throw bulletinNotFound();
    const codes = await this.policy.readableJurisdictionCodes(user);
    if (!codes.includes(bulletin.jurisdictionCode)) throw bulletinNotFound();
    return bulletin;
  }

  async detail(bulletin: BulletinEntity): Promise<BulletinDetailResponse> {
    const [departments, locks] = await Promise.all([
      this.bulletins.findDepartments([bulletin.id]),
      this.locks.history(
        [bulletin.jurisdictionCode],
        bulletinMonths(bulletin.periodKind, bulletin.period),
      ),
    ]);
    return toBulletinDetailResponse(bulletin, departments, locks);
  }
}
