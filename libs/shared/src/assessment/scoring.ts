import {
  ASSESSMENT_RULE_KINDS,
  ASSESSMENT_RULE_LABELS,
  type AssessmentRuleKind,
  type AssessmentRuleSet,
} from './rules.js';

/** What was counted for one department over the assessed year. */
export interface DepartmentAssessmentFacts {
  departmentId: number;
  departmentName: string;
  counts: Record<AssessmentRuleKind, number>;
}

/** One line of a department's breakdown; the lines of a department add up to its score. */
export interface AssessmentBreakdownLine {
  /** A rule kind, or `base` (the starting score) or `bound` (floor/cap adjustment). */
  kind: AssessmentRuleKind | 'base' | 'bound';
  label: string;
  /** How many facts the rule counted (1 for base and bound lines). */
  count: number;
  /** Points per fact (the base score, or the adjustment, for the other lines). */
  pointsEach: number;
  /** count × pointsEach. */
  points: number;
}

export interface DepartmentAssessmentScore {
  departmentId: number;
  departmentName: string;
  /** 1 for the best; departments with the same score share a rank (1, 1, 3). */
  rank: number;
  score: number;
  /** The score before the floor and the cap. */
  unboundedScore: number;
  lines: AssessmentBreakdownLine[];
}

/** Points are kept in hundredths so sums of 0.5s and 0.25s stay exact. */
const toCents = (points: number): number => Math.round(points * 100);
// `+ 0` turns −0 (0 facts × a deduction) into 0.
const fromCents = (cents: number): number => cents / 100 + 0;

/** Scores one department: base + Σ count × points, then the floor and the cap. */
export function scoreDepartment(
  facts: DepartmentAssessmentFacts,
  rules: AssessmentRuleSet,
): Omit<DepartmentAssessmentScore, 'rank'> {
  const baseCents = toCents(rules.baseScore);
  const lines: AssessmentBreakdownLine[] = [
    {
      kind: 'base',
      label: '基础分',
      count: 1,
      pointsEach: rules.baseScore,
      points: rules.baseScore,
    },
  ];
  let totalCents = baseCents;
  for (const kind of ASSESSMENT_RULE_KINDS) {
    const count = facts.counts[kind];
    const eachCents = toCents(rules.points[kind]);
    const cents = count * eachCents;
    totalCents += cents;
    lines.push({
      kind,
      label: ASSESSMENT_RULE_LABELS[kind],
      count,
      pointsEach: fromCents(eachCents),
      points: fromCents(cents),
    });
  }
  let boundedCents = totalCents;
  if (rules.floor !== null) boundedCents = Math.max(boundedCents, toCents(rules.floor));
  if (rules.cap !== null) boundedCents = Math.min(boundedCents, toCents(rules.cap));
  if (boundedCents !== totalCents) {
    const adjustment = fromCents(boundedCents - totalCents);
    lines.push({
      kind: 'bound',
      label: boundedCents > totalCents ? '保底调整' : '封顶调整',
      count: 1,
      pointsEach: adjustment,
      points: adjustment,
    });
  }
  return {
    departmentId: facts.departmentId,
    departmentName: facts.departmentName,
    score: fromCents(boundedCents),
    unboundedScore: fromCents(totalCents),
    lines,
  };
}

/**
 * Scores and ranks departments: highest score first; equal scores share the rank (competition
 * ranking: 1, 1, 3) and keep the order they were given in.
 */
export function rankDepartments(
  facts: readonly DepartmentAssessmentFacts[],
  rules: AssessmentRuleSet,
): DepartmentAssessmentScore[] {
  const scored = facts.map((item, index) => ({ index, ...scoreDepartment(item, rules) }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  let rank = 0;
  return scored.map(({ index: _index, ...item }, position) => {
    if (position === 0 || item.score !== scored[position - 1]!.score) rank = position + 1;
    return { ...item, rank };
  });
}

/** Zero counts for every rule, to build facts from. */
export function emptyAssessmentCounts(): Record<AssessmentRuleKind, number> {
  return Object.fromEntries(ASSESSMENT_RULE_KINDS.map((kind) => [kind, 0])) as Record<
    AssessmentRuleKind,
    number
  >;
}
