import type { SeedTask } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { applyTaskForm, taskFormValues } from './task-form';

const task = {
  code: '1',
  parentCode: null,
  sectionCode: '一',
  kind: 'task',
  title: '压缩时限',
  body: '压缩时限。',
  indicator: null,
  leadDepartments: ['县自然资源局'],
  supportDepartments: ['县税务局'],
  attribution: null,
  deadline: { kind: 'date', date: '2026-06-30', printed: '2026年6月底前' },
  targets: [
    {
      metric: '办理时限',
      comparator: 'lte',
      value: 3,
      unit: '个工作日',
      period: null,
      baseline: 5,
      printed: '压缩至3个工作日',
    },
  ],
  order: 1,
} as SeedTask;

describe('task form', () => {
  it('keeps unchanged fields as the parser read them', () => {
    expect(applyTaskForm(task, taskFormValues(task))).toEqual(task);
  });
  it('writes a new deadline and target, and drops a support unit that became lead', () => {
    const values = {
      ...taskFormValues(task),
      leadDepartments: ['县自然资源局', '县税务局'],
      deadlineKind: 'date' as const,
      deadlineDate: '2026-09-30',
      targets: [{ metric: '办理时限', comparator: 'lte' as const, value: 2, unit: '个工作日' }],
    };
    const edited = applyTaskForm(task, values);
    expect(edited.supportDepartments).toEqual([]);
    expect(edited.deadline).toEqual({
      kind: 'date',
      date: '2026-09-30',
      printed: '2026年9月30日前',
    });
    expect(edited.targets).toEqual([
      {
        metric: '办理时限',
        comparator: 'lte',
        value: 2,
        unit: '个工作日',
        period: null,
        baseline: null,
        printed: '办理时限≤2个工作日',
      },
    ]);
  });
});
