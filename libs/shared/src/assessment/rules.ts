/**
 * Year-end assessment (考核) rules: a base score, points per counted fact (positive adds,
 * negative deducts), and an optional floor and cap. Points are per unit, at most two decimals.
 */
export const ASSESSMENT_RULE_KINDS = [
  'on_time_completion',
  'late_completion',
  'late_report',
  'missing_report',
  'missed_target',
  'supervision_notice',
  'bulletin_criticism',
] as const;
export type AssessmentRuleKind = (typeof ASSESSMENT_RULE_KINDS)[number];

export const ASSESSMENT_RULE_LABELS: Record<AssessmentRuleKind, string> = {
  on_time_completion: '牵头任务按期完成',
  late_completion: '牵头任务逾期完成',
  late_report: '月度报告逾期报送',
  missing_report: '月度报告未报送',
  missed_target: '目标值未达成',
  supervision_notice: '收到督办通知',
  bulletin_criticism: '通报批评',
};

/** The unit each rule counts, for labels such as "每项 +2 分". */
export const ASSESSMENT_RULE_UNITS: Record<AssessmentRuleKind, string> = {
  on_time_completion: '项',
  late_completion: '项',
  late_report: '份',
  missing_report: '份',
  missed_target: '个',
  supervision_notice: '件',
  bulletin_criticism: '次',
};

/** The scoring rules of one jurisdiction and year. */
export interface AssessmentRuleSet {
  /** Score every department starts from. */
  baseScore: number;
  /** Lowest score after all rules (null: none). */
  floor: number | null;
  /** Highest score after all rules (null: none). */
  cap: number | null;
  /** Points per counted fact; positive adds, negative deducts, 0 turns the rule off. */
  points: Record<AssessmentRuleKind, number>;
}

/**
 * The rules used while a jurisdiction has saved none for the year: 100 points to start, +2 per
 * task led and completed by its deadline, +1 when completed late, −0.5 per late report, −1 per
 * missing report, −2 per target missed at year end, −1 per supervision notice, −3 per 通报
 * naming the department; never below 0, no cap.
 */
export const DEFAULT_ASSESSMENT_RULES: AssessmentRuleSet = {
  baseScore: 100,
  floor: 0,
  cap: null,
  points: {
    on_time_completion: 2,
    late_completion: 1,
    late_report: -0.5,
    missing_report: -1,
    missed_target: -2,
    supervision_notice: -1,
    bulletin_criticism: -3,
  },
};

export const MAX_RULE_POINTS = 100;
export const MAX_BASE_SCORE = 1000;

/** Whether a number has at most two decimals (points are kept in hundredths). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.abs(Math.round(value * 100) - value * 100) < 1e-9;
}

/** Problems with a rule set, in Chinese; empty when it is valid. */
export function validateAssessmentRules(rules: AssessmentRuleSet): string[] {
  const problems: string[] = [];
  const inRange = (value: number, min: number, max: number) =>
    hasAtMostTwoDecimals(value) && value >= min && value <= max;
  if (!inRange(rules.baseScore, 0, MAX_BASE_SCORE)) {
    problems.push(`基础分须在 0–${MAX_BASE_SCORE} 之间，最多两位小数`);
  }
  for (const bound of ['floor', 'cap'] as const) {
    const value = rules[bound];
    if (value !== null && !inRange(value, 0, MAX_BASE_SCORE)) {
      problems.push(
        `${bound === 'floor' ? '保底分' : '封顶分'}须在 0–${MAX_BASE_SCORE} 之间，最多两位小数`,
      );
    }
  }
  if (rules.floor !== null && rules.cap !== null && rules.floor > rules.cap) {
    problems.push('保底分不能高于封顶分');
  }
  for (const kind of ASSESSMENT_RULE_KINDS) {
    const value = rules.points[kind];
    if (typeof value !== 'number' || !inRange(value, -MAX_RULE_POINTS, MAX_RULE_POINTS)) {
      problems.push(
        `“${ASSESSMENT_RULE_LABELS[kind]}”的分值须在 ±${MAX_RULE_POINTS} 之间，最多两位小数`,
      );
    }
  }
  return problems;
}
