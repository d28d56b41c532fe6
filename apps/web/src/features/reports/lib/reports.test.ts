import { describe, expect, it } from 'vitest';
import { evidenceFileProblem, formatFileSize, MAX_EVIDENCE_BYTES } from '@/lib/evidence-files';
import { formatTarget, meetsTarget, reportStateLabel } from './labels';
import { currentPeriod, parsePeriodParam, periodLabel, previousPeriod } from './periods';

describe('report labels', () => {
  it('prints a target the way the plan does', () => {
    expect(formatTarget('lte', 90, '工作日')).toBe('≤ 90 工作日');
    expect(formatTarget('gte', 60, '%')).toBe('≥ 60%');
  });

  it('compares an actual value with its target', () => {
    expect(meetsTarget('lte', 90, 85)).toBe(true);
    expect(meetsTarget('lte', 90, 91)).toBe(false);
    expect(meetsTarget('gte', 60, 60)).toBe(true);
    expect(meetsTarget('unknown', 1, 1)).toBeNull();
  });

  it('calls a report that does not exist 未填报', () => {
    expect(reportStateLabel(null)).toBe('未填报');
    expect(reportStateLabel('returned')).toBe('已退回');
  });
});

describe('periods', () => {
  it('takes the month in China, not in UTC', () => {
    // 2026-05-31 17:00 UTC is already June 1st in Beijing.
    expect(currentPeriod(new Date('2026-05-31T17:00:00Z'))).toBe('2026-06');
  });

  it('steps back across the new year', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-11')).toBe('2026-10');
  });

  it('accepts only YYYY-MM', () => {
    expect(parsePeriodParam('2026-05')).toBe('2026-05');
    expect(parsePeriodParam('2026-13')).toBeNull();
    expect(parsePeriodParam('2026-5')).toBeNull();
    expect(periodLabel('2026-05')).toBe('2026年5月');
  });
});

describe('evidence files', () => {
  it('accepts the five document types up to 20 MB', () => {
    expect(evidenceFileProblem({ name: '审批台账.XLSX', size: 1000 })).toBeNull();
    expect(evidenceFileProblem({ name: 'a.pdf', size: MAX_EVIDENCE_BYTES })).toBeNull();
  });

  it('refuses other types, oversized and empty files in Chinese', () => {
    expect(evidenceFileProblem({ name: '材料.doc', size: 10 })).toContain('类型不支持');
    expect(evidenceFileProblem({ name: 'a.pdf', size: MAX_EVIDENCE_BYTES + 1 })).toContain('20 MB');
    expect(evidenceFileProblem({ name: 'a.png', size: 0 })).toContain('空文件');
    expect(formatFileSize(1536)).toBe('1.5 KB');
  });
});
