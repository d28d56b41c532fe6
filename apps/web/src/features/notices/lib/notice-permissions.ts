import type { NoticeResponse, SessionUser } from '@bizenv/shared';

export type NoticeAction = 'issue' | 'discard' | 'answer' | 'close';

/**
 * What the user may do with a notice; the server checks again. The office of the notice's own
 * jurisdiction issues or discards drafts and closes answered notices; the addressed department
 * answers an issued one.
 */
export function noticeActions(
  user: SessionUser | null | undefined,
  notice: NoticeResponse,
): NoticeAction[] {
  if (!user || user.jurisdictionCode !== notice.jurisdictionCode) return [];
  if (user.role === 'office') {
    if (notice.status === 'draft') return ['discard', 'issue'];
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
