import type { SeedPlan, SeedTask } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { mergeWithNext, splitTask } from './task-edits';

function task(code: string, lead: string[], parentCode: string | null = null): SeedTask {
  return {
    code,
    parentCode,
    sectionCode: '一',
    kind: 'task',
    title: `任务${code}`,
    body: `任务${code}。`,
    indicator: null,
    leadDepartments: lead,
    supportDepartments: [],
    attribution: null,
    deadline: { kind: 'none', printed: null },
    targets: [],
    order: 0,
  } as SeedTask;
}

const plan = {
  tasks: [task('1', ['县发改局']), task('1.1', ['县发改局'], '1'), task('2', ['县财政局'])],
} as SeedPlan;

describe('task edits', () => {
  it('merges the next sibling and moves its children', () => {
    const merged = mergeWithNext(plan, '1');
    expect(merged.tasks.map((t) => t.code)).toEqual(['1', '1.1']);
    expect(merged.tasks[0]?.leadDepartments).toEqual(['县发改局', '县财政局']);
    expect(merged.tasks.map((t) => t.order)).toEqual([1, 2]);
  });
  it('splits a task into two siblings with a free code', () => {
    const split = splitTask(plan, '2', '甲', '乙');
    expect(split.tasks.map((t) => [t.code, t.title, t.order])).toEqual([
      ['1', '任务1', 1],
      ['1.1', '任务1.1', 2],
      ['2', '甲', 3],
      ['2-2', '乙', 4],
    ]);
  });
});
