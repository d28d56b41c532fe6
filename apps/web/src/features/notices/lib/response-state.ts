import { chinaDateOf, type NoticeResponse } from '@bizenv/shared';

/**
 * Where a notice stands against its response due date (China dates, inclusive):
 * - overdue: issued, not answered, and the due date has passed;
 * - due_today: issued, not answered, due today;
 * - late: answered after the due date;
 * - none: nothing to flag (drafts, answered on time).
 */
export type ResponseState = 'overdue' | 'due_today' | 'late' | 'none';

export function responseState(
  notice: Pick<NoticeResponse, 'status' | 'responseDue' | 'answeredAt'>,
  today: string,
): ResponseState {
  if (notice.status === 'issued') {
    if (today > notice.responseDue) return 'overdue';
    return today === notice.responseDue ? 'due_today' : 'none';
  }
  if (notice.answeredAt && chinaDateOf(new Date(notice.answeredAt)) > notice.responseDue) {
    return 'late';
  }
  return 'none';
}

export const RESPONSE_STATE_LABELS: Record<Exclude<ResponseState, 'none'>, string> = {
  overdue: '逾期未回复',
  due_today: '今日到期',
  late: '逾期回复',
};
