import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSESSMENT_RULES,
  validateAssessmentRules,
  type AssessmentRuleSet,
} from './rules.js';
import { completedOnTime, duePeriodsOfYear } from './facts.js';
import {
  type DepartmentAssessmentFacts,
  emptyAssessmentCounts,
  rankDepartments,
  scoreDepartment,
} from './scoring.js';

function facts(
  departmentId: number,
  departmentName: string,
  counts: Partial<DepartmentAssessmentFacts['counts']>,
): DepartmentAssessmentFacts {
  return { departmentId, departmentName, counts: { ...emptyAssessmentCounts(), ...counts } };
}

describe('scenario: one department under the default rules', () => {
  // 3 on time (+6), 1 late (+1), 3 late reports (−1.5), 2 missing (−2), 1 missed target (−2),
  // 2 notices (−2), 1 通报 (−3): 100 + 7 − 10.5 = 96.5.
  const result = scoreDepartment(
    facts(7, '县行政审批服务局', {
      on_time_completion: 3,
      late_completion: 1,
      late_report: 3,
      missing_report: 2,
      missed_target: 1,
      supervision_notice: 2,
      bulletin_criticism: 1,
    }),
    DEFAULT_ASSESSMENT_RULES,
  );

  it('adds every line to 96.5', () => {
    expect(result.score).toBe(96.5);
    expect(result.unboundedScore).toBe(96.5);
  });

  it('lists base and every rule with count, points each and points', () => {
    expect(
      result.lines.map((line) => [line.label, line.count, line.pointsEach, line.points]),
    ).toEqual([
      ['基础分', 1, 100, 100],
      ['牵头任务按期完成', 3, 2, 6],
      ['牵头任务逾期完成', 1, 1, 1],
      ['月度报告逾期报送', 3, -0.5, -1.5],
      ['月度报告未报送', 2, -1, -2],
      ['目标值未达成', 1, -2, -2],
      ['收到督办通知', 2, -1, -2],
      ['通报批评', 1, -3, -3],
    ]);
    expect(result.lines.reduce((sum, line) => sum + line.points, 0)).toBe(96.5);
  });
});

describe('scenario: floor and cap', () => {
  const rules: AssessmentRuleSet = { ...DEFAULT_ASSESSMENT_RULES, floor: 60, cap: 105 };

  it('raises a score below the floor with a 保底调整 line', () => {
    const result = scoreDepartment(facts(1, '甲', { missing_report: 50 }), rules);
    expect(result.unboundedScore).toBe(50);
    expect(result.score).toBe(60);
    expect(result.lines.at(-1)).toEqual({
      kind: 'bound',
      label: '保底调整',
      count: 1,
      pointsEach: 10,
      points: 10,
    });
  });

  it('lowers a score above the cap with a 封顶调整 line', () => {
    const result = scoreDepartment(facts(1, '甲', { on_time_completion: 4 }), rules);
    expect(result.unboundedScore).toBe(108);
    expect(result.score).toBe(105);
    expect(result.lines.at(-1)?.points).toBe(-3);
  });

  it('adds no bound line when the score is inside', () => {
    const result = scoreDepartment(facts(1, '甲', { on_time_completion: 1 }), rules);
    expect(result.score).toBe(102);
    expect(result.lines.some((line) => line.kind === 'bound')).toBe(false);
  });
});

describe('scenario: decimals stay exact', () => {
  it('sums ten deductions of 0.1 to exactly 99', () => {
    const rules: AssessmentRuleSet = {
      ...DEFAULT_ASSESSMENT_RULES,
      points: { ...DEFAULT_ASSESSMENT_RULES.points, late_report: -0.1 },
    };
    expect(scoreDepartment(facts(1, '甲', { late_report: 10 }), rules).score).toBe(99);
  });
});

describe('scenario: ranking with ties', () => {
  const ranked = rankDepartments(
    [
      facts(1, '甲', { missing_report: 1 }), // 99
      facts(2, '乙', { on_time_completion: 1 }), // 102
      facts(3, '丙', {}), // 100
      facts(4, '丁', { late_report: 2 }), // 99
      facts(5, '戊', { on_time_completion: 1 }), // 102
    ],
    DEFAULT_ASSESSMENT_RULES,
  );

  it('gives equal scores the same rank and skips the next ones (1, 1, 3, 4, 4)', () => {
    expect(ranked.map((row) => [row.departmentName, row.score, row.rank])).toEqual([
      ['乙', 102, 1],
      ['戊', 102, 1],
      ['丙', 100, 3],
      ['甲', 99, 4],
      ['丁', 99, 4],
    ]);
  });
});

describe('scenario: a changed rule changes the score', () => {
  it('scores 3 missing reports −3 by default and −6 at −2 each', () => {
    const department = facts(1, '甲', { missing_report: 3 });
    expect(scoreDepartment(department, DEFAULT_ASSESSMENT_RULES).score).toBe(97);
    const stricter: AssessmentRuleSet = {
      ...DEFAULT_ASSESSMENT_RULES,
      points: { ...DEFAULT_ASSESSMENT_RULES.points, missing_report: -2 },
    };
    expect(scoreDepartment(department, stricter).score).toBe(94);
  });
});

describe('rule validation', () => {
  it('accepts the defaults', () => {
    expect(validateAssessmentRules(DEFAULT_ASSESSMENT_RULES)).toEqual([]);
  });

  it('refuses three decimals, out-of-range points and a floor above the cap', () => {
    const problems = validateAssessmentRules({
      baseScore: 100.001,
      floor: 90,
      cap: 80,
      points: { ...DEFAULT_ASSESSMENT_RULES.points, missed_target: -101 },
    });
    expect(problems).toEqual([
      '基础分须在 0–1000 之间，最多两位小数',
      '保底分不能高于封顶分',
      '“目标值未达成”的分值须在 ±100 之间，最多两位小数',
    ]);
  });
});

describe('facts', () => {
  it('counts completion on the adjusted deadline as on time, the day after as late', () => {
    expect(completedOnTime('2025-06-30', '2025-06-30')).toBe(true);
    expect(completedOnTime('2025-06-30', '2025-07-01')).toBe(false);
    expect(completedOnTime(null, '2025-12-31')).toBe(true);
  });

  it('lists the periods whose due date has passed', () => {
    const due = (period: string) => `${period}-20`;
    expect(duePeriodsOfYear(2025, '2025-03-21', due).map((p) => p.period)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(duePeriodsOfYear(2025, '2025-03-20', due)).toHaveLength(2);
  });
});
