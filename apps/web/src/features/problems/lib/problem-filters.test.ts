import type { ProblemResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import {
  filterProblems,
  readProblemFilters,
  serverQuery,
  writeProblemFilters,
} from './problem-filters';

const problem = (overrides: Partial<ProblemResponse>): ProblemResponse => ({
  id: 1,
  jurisdictionCode: '610329',
  task: { id: 3, code: '1', title: '推行企业开办一网通办' },
  indicator: null,
  source: 'supervision',
  description: '审批超时',
  measure: null,
  ownerDepartment: { id: 7, name: '县行政审批服务局', kind: 'government' },
  deadline: '2026-06-30',
  status: 'rectifying',
  rectifiedAt: null,
  closedAt: null,
  closedByUserId: null,
  createdByUserId: 1,
  createdAt: '2026-05-01T00:00:00Z',
  updatedAt: '2026-05-01T00:00:00Z',
  version: 1,
  ...overrides,
});

describe('problem filters', () => {
  it('read back what they wrote, and ignore what they do not know', () => {
    const filters = {
      status: 'rectified' as const,
      departmentId: 7,
      source: 'hotline' as const,
      q: '超时',
    };
    expect(readProblemFilters(writeProblemFilters(filters))).toEqual(filters);
    expect(
      readProblemFilters(
        new URLSearchParams('status=done&departmentId=-1&indicator=nope&taskId=x'),
      ),
    ).toEqual({});
  });

  it('send status, department, indicator and task to the API, and filter source and words here', () => {
    const filters = {
      status: 'rectifying' as const,
      taskId: 3,
      source: 'hotline' as const,
      q: '材料',
    };
    expect(serverQuery(filters)).toEqual({ status: 'rectifying', taskId: 3 });
    const list = [
      problem({ id: 1, source: 'hotline', description: '需线下补交材料' }),
      problem({ id: 2, source: 'hotline', description: '审批超时' }),
      problem({ id: 3, source: 'evaluation', description: '需线下补交材料' }),
    ];
    expect(filterProblems(list, filters).map((p) => p.id)).toEqual([1]);
    // Words also find the task and the owner.
    expect(filterProblems(list, { q: '一网通办' })).toHaveLength(3);
  });
});
