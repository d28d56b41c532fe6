import type { PlanSummaryResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { nestAnnexes } from './plan-tree';

const plan = (overrides: Partial<PlanSummaryResponse> & { id: number }): PlanSummaryResponse => ({
  key: `plan-${overrides.id}`,
  jurisdictionCode: '610329',
  parentPlanId: null,
  title: `方案${overrides.id}`,
  issuer: '麟游县人民政府办公室',
  documentNumber: null,
  issuedDate: null,
  year: 2021,
  taskCount: 0,
  itemCount: 0,
  ...overrides,
});

describe('nestAnnexes', () => {
  it('puts annexes under their parent plan', () => {
    const result = nestAnnexes([
      plan({ id: 2, parentPlanId: 1 }),
      plan({ id: 1 }),
      plan({ id: 3, parentPlanId: 1 }),
    ]);
    expect(result.map((p) => p.id)).toEqual([1]);
    expect(result[0]?.annexes.map((p) => p.id)).toEqual([2, 3]);
  });

  it('orders plans newest first', () => {
    const result = nestAnnexes([
      plan({ id: 1, year: 2021, issuedDate: '2021-07-16' }),
      plan({ id: 2, year: 2024, issuedDate: '2024-03-01' }),
      plan({ id: 3, year: 2021, issuedDate: '2021-09-01' }),
    ]);
    expect(result.map((p) => p.id)).toEqual([2, 3, 1]);
  });

  it('keeps an annex whose parent is missing', () => {
    expect(nestAnnexes([plan({ id: 5, parentPlanId: 99 })]).map((p) => p.id)).toEqual([5]);
  });
});
