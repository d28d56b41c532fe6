import type { DepartmentResponse, PlanSectionResponse, TaskResponse } from '@bizenv/shared';

/** Test data with overrides: each test states only what it is about. */

export const department = (id: number, name: string): DepartmentResponse => ({
  id,
  name,
  kind: 'government',
});

export const section = (
  overrides: Partial<PlanSectionResponse> & { code: string },
): PlanSectionResponse => ({
  title: `分组${overrides.code}`,
  parentCode: null,
  indicator: null,
  order: 0,
  ...overrides,
});

let nextTaskId = 1;

export const task = (overrides: Partial<TaskResponse> & { code: string }): TaskResponse => ({
  id: nextTaskId++,
  planId: 1,
  kind: 'task',
  sectionCode: null,
  title: `任务${overrides.code}`,
  body: '',
  indicator: null,
  status: 'not_started',
  leadDepartments: [],
  supportDepartments: [],
  attribution: null,
  deadline: { kind: 'none', printed: null },
  originalDeadline: null,
  completionPercent: null,
  targets: [],
  order: 0,
  version: 1,
  children: [],
  ...overrides,
});
