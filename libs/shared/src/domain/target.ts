/** How an actual value is compared with a target value. */
export const TARGET_COMPARATORS = ['lte', 'gte', 'eq'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

export const TARGET_COMPARATOR_SYMBOLS: Record<TargetComparator, string> = {
  lte: '≤',
  gte: '≥',
  eq: '=',
};

/**
 * A quantitative target found in a task's text, e.g. "审批时限压缩至90个工作日以内"
 * → { metric: '政府投资项目审批时限', comparator: 'lte', value: 90, unit: '工作日' }.
 */
export interface Target {
  /** What is measured, in the plan's words. */
  metric: string;
  comparator: TargetComparator;
  value: number;
  /** Unit as printed without the number: "工作日", "%", "小时", "项", "户"… */
  unit: string;
  /** When the value must be reached ("2021年底"), null when the plan does not say. */
  period: string | null;
  /** Starting value when the plan states one ("在2020年的基础上…"), else null. */
  baseline: number | null;
  /** The exact words of the document this target was read from. */
  printed: string;
}
