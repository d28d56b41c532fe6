import {
  type BulletinDetailResponse,
  type BulletinFigures,
  type BulletinFileKind,
  type BulletinResponse,
  bulletinPeriodLabel,
  type ReportPeriodLockResponse,
} from '@bizenv/shared';
import type { ReportPeriodLockEntity } from '../reports/report-period-lock.entity.js';
import type { UserEntity } from '../users/user.entity.js';
import type { BulletinEntity } from './bulletin.entity.js';
import type { BulletinDepartmentRow } from './bulletins.repository.js';

const userRef = (id: number, user: UserEntity | undefined) => ({
  id,
  name: user?.displayName ?? '',
});

/** The download name: the title and the file kind ("…2025年7月通报.docx", "…通报台账.xlsx"). */
export function bulletinFileName(bulletin: BulletinEntity, kind: BulletinFileKind): string {
  return kind === 'docx' ? `${bulletin.title}.docx` : `${bulletin.title}（任务台账）.xlsx`;
}

/** `bulletin` read with its jurisdiction, generator and publisher. */
export function toBulletinResponse(
  bulletin: BulletinEntity,
  departments: BulletinDepartmentRow[],
  locks: ReportPeriodLockEntity[],
): BulletinResponse {
  return {
    id: bulletin.id,
    jurisdictionCode: bulletin.jurisdictionCode,
    jurisdictionName: bulletin.jurisdiction?.name ?? '',
    periodKind: bulletin.periodKind,
    period: bulletin.period,
    periodLabel: bulletinPeriodLabel(bulletin.periodKind, bulletin.period),
    title: bulletin.title,
    status: bulletin.status,
    generatedBy: userRef(bulletin.generatedBy, bulletin.generator),
    generatedAt: bulletin.generatedAt.toISOString(),
    publishedBy:
      bulletin.publishedBy === null ? null : userRef(bulletin.publishedBy, bulletin.publisher),
    publishedAt: bulletin.publishedAt?.toISOString() ?? null,
    files: [
      {
        kind: 'docx',
        fileName: bulletinFileName(bulletin, 'docx'),
        size: bulletin.docxSize,
        sha256: bulletin.docxSha256,
      },
      {
        kind: 'xlsx',
        fileName: bulletinFileName(bulletin, 'xlsx'),
        size: bulletin.xlsxSize,
        sha256: bulletin.xlsxSha256,
      },
    ],
    departments: departments.map(({ departmentId, departmentName, reason }) => ({
      departmentId,
      departmentName,
      reason,
    })),
    locks: locks.map(toLockResponse),
    version: bulletin.version,
  };
}

export function toBulletinDetailResponse(
  bulletin: BulletinEntity,
  departments: BulletinDepartmentRow[],
  locks: ReportPeriodLockEntity[],
): BulletinDetailResponse {
  return {
    ...toBulletinResponse(bulletin, departments, locks),
    figures: JSON.parse(bulletin.figuresJson) as BulletinFigures,
  };
}

export function toLockResponse(lock: ReportPeriodLockEntity): ReportPeriodLockResponse {
  return {
    id: lock.id,
    jurisdictionCode: lock.jurisdictionCode,
    period: lock.period,
    bulletinId: lock.bulletinId,
    lockedBy: userRef(lock.lockedBy, lock.locker),
    lockedAt: lock.lockedAt.toISOString(),
    unlockedBy: lock.unlockedBy === null ? null : userRef(lock.unlockedBy, lock.unlocker),
    unlockedAt: lock.unlockedAt?.toISOString() ?? null,
    unlockReason: lock.unlockReason,
  };
}
