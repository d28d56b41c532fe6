import {
  REPORT_TIMELINESS_LABELS,
  TARGET_COMPARATOR_SYMBOLS,
  type ReportStatus,
  type ReportTimeliness,
  type TargetComparator,
} from '@bizenv/shared';

/** A report's state as the web shows it; `null` is a report not started (未填报). */
export const REPORT_STATE_LABELS: Record<ReportStatus | 'none', string> = {
  none: '未填报',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已通过',
};

export const REPORT_STATE_COLORS: Record<ReportStatus | 'none', string> = {
  none: 'default',
  draft: 'gold',
  submitted: 'processing',
  returned: 'error',
  accepted: 'success',
};

export function reportStateLabel(status: ReportStatus | null): string {
  return REPORT_STATE_LABELS[status ?? 'none'];
}

export const TIMELINESS_COLORS: Record<ReportTimeliness, string> = {
  on_time: 'success',
  late: 'warning',
  missing: 'error',
  pending: 'default',
};

export function timelinessLabel(timeliness: ReportTimeliness): string {
  return REPORT_TIMELINESS_LABELS[timeliness];
}

export const REPORT_ROLE_LABELS = { lead: '牵头', support: '配合' } as const;

function isComparator(value: string): value is TargetComparator {
  return value in TARGET_COMPARATOR_SYMBOLS;
}

/** A target as printed next to its input: "≤ 90 工作日". */
export function formatTarget(comparator: string, value: number, unit: string): string {
  const symbol = isComparator(comparator) ? TARGET_COMPARATOR_SYMBOLS[comparator] : comparator;
  return `${symbol} ${value}${unit === '%' ? '' : ' '}${unit}`.trim();
}

/** Whether an actual value meets its target; null when the comparator is unknown. */
export function meetsTarget(comparator: string, target: number, actual: number): boolean | null {
  if (comparator === 'lte') return actual <= target;
  if (comparator === 'gte') return actual >= target;
  if (comparator === 'eq') return actual === target;
  return null;
}
