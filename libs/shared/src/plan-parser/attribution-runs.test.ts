import { describe, expect, it } from 'vitest';
import { shareRunAttributions } from './attribution-runs.js';
import { createNameResolver } from './names.js';
import type { TaskDraft } from './tasks.js';

const draft = (code: string, overrides: Partial<TaskDraft> = {}): TaskDraft => ({
  code,
  parentCode: null,
  sectionCode: '二(一)',
  kind: 'task',
  title: code,
  body: code,
  indicator: null,
  leadDepartments: [],
  supportDepartments: [],
  attribution: null,
  deadline: { kind: 'none', printed: null },
  targets: [],
  ...overrides,
});

const ctx = {
  planYear: 2021,
  phases: [],
  names: createNameResolver({ departments: [], leaders: [] }),
  issues: [],
};

describe('an attribution printed after a run of tasks', () => {
  it('applies to each task of the run and their sub-items, within the section', () => {
    const tasks = [
      draft('0', { sectionCode: '二' }),
      draft('1'),
      draft('1(1)', { parentCode: '1', kind: 'sub_item' }),
      draft('2'),
      draft('3', {
        leadDepartments: ['县税务局'],
        supportDepartments: ['各镇'],
        attribution: '（县税务局牵头，各镇按职责分工负责，6月底前完成）',
      }),
    ];
    expect(shareRunAttributions(tasks, ctx)).toEqual(['1', '2']);
    expect(
      tasks.map((t) => [t.code, t.leadDepartments, t.deadline.kind, t.attribution === null]),
    ).toEqual([
      ['0', [], 'none', true],
      ['1', ['县税务局'], 'date', true],
      ['1(1)', ['县税务局'], 'date', true],
      ['2', ['县税务局'], 'date', true],
      ['3', ['县税务局'], 'none', false],
    ]);
  });

  it('leaves tasks alone when no attribution follows in their section', () => {
    const tasks = [
      draft('1'),
      draft('2', {
        sectionCode: '二(二)',
        attribution: '（县税务局牵头）',
        leadDepartments: ['县税务局'],
      }),
    ];
    expect(shareRunAttributions(tasks, ctx)).toEqual([]);
    expect(tasks[0]?.leadDepartments).toEqual([]);
  });
});
