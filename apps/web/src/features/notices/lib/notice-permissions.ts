import type { NoticeResponse, SessionUser } from '@bizenv/shared';

export type NoticeAction = 'edit' | 'discard' | 'answer' | 'close';

/**
 * What the user may do with a notice; the server checks again. The office of the notice's own
 * jurisdiction edits (then saves or issues) or discards drafts and closes answered notices; the addressed department
 * answers an issued one.
 */
export function noticeActions(
  user: SessionUser | null | undefined,
  notice: NoticeResponse,
): NoticeAction[] {
  if (!user || user.jurisdictionCode !== notice.jurisdictionCode) return [];
  if (user.role === 'office') {
    if (notice.status === 'draft') return ['discard', 'edit'];
    if (notice.status === 'answered') return ['close'];
    return [];
  }
  if (
    user.role === 'department' &&
    user.departmentId === notice.department.id &&
    notice.status === 'issued'
  ) {
    return ['answer'];
  }
  return [];
}

export const isOffice = (user: SessionUser | null | undefined, jurisdictionCode?: string) =>
  user?.role === 'office' &&
  (jurisdictionCode === undefined || user.jurisdictionCode === jurisdictionCode);

/** A leader of the notice's jurisdiction may write a 批示 on it once it is issued. */
export const canInstruct = (user: SessionUser | null | undefined, notice: NoticeResponse) =>
  user?.role === 'leader' &&
  user.jurisdictionCode === notice.jurisdictionCode &&
  notice.status !== 'draft';

/** The user's department when it is the addressee (it acknowledges the notice's 批示). */
export const addresseeDepartmentId = (
  user: SessionUser | null | undefined,
  notice: NoticeResponse,
): number | null =>
  user?.role === 'department' && user.departmentId === notice.department.id
    ? user.departmentId
    : null;
