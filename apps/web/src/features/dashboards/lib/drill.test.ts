import type { DashboardTaskRow } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { drillTitle, narrowTasks, readDrill, writeDrill, type Drill } from './drill';

const names = {
  indicator: (code: string) => (code === 'starting-business' ? '开办企业' : undefined),
  department: (id: number) => (id === 7 ? '县市场监管局' : undefined),
};

describe('drill in the URL', () => {
  it('round-trips a task drill-down and keeps the page’s own parameters', () => {
    const drill: Drill = {
      kind: 'tasks',
      bucket: 'indicator:starting-business',
      only: 'overdue',
      at: '2026-05-31',
    };
    const params = writeDrill(new URLSearchParams('asOf=2026-06'), drill);
    expect(params.get('asOf')).toBe('2026-06');
    expect(readDrill(params)).toEqual(drill);
  });

  it('round-trips a report drill-down', () => {
    const drill: Drill = { kind: 'reports', department: 7, state: 'late', period: '2026-05' };
    expect(readDrill(writeDrill(new URLSearchParams(), drill))).toEqual(drill);
  });

  it('closing removes every drill parameter and nothing else', () => {
    const open = writeDrill(new URLSearchParams('asOf=2026-06-15'), {
      kind: 'reports',
      department: 7,
    });
    expect(writeDrill(open, null).toString()).toBe('asOf=2026-06-15');
  });

  it('ignores what is not a drill-down', () => {
    expect(readDrill(new URLSearchParams('drill=tasks'))).toBeNull();
    expect(readDrill(new URLSearchParams('drill=other&bucket=all'))).toBeNull();
    expect(readDrill(new URLSearchParams('drill=tasks&bucket=all&only=x&at=2026-13-01'))).toEqual({
      kind: 'tasks',
      bucket: 'all',
      only: undefined,
      at: undefined,
    });
    expect(readDrill(new URLSearchParams('drill=reports&department=-1&state=bad'))).toEqual({
      kind: 'reports',
      department: undefined,
      state: undefined,
      period: undefined,
    });
  });
});

describe('narrowTasks', () => {
  const row = (id: number, status: DashboardTaskRow['status'], overdue: number, lead: number) =>
    ({
      id,
      status,
      workingDaysOverdue: overdue,
      leadDepartments: [{ id: lead, name: `部门${lead}` }],
    }) as DashboardTaskRow;
  const rows = [
    row(1, 'in_progress', 3, 7),
    row(2, 'closed', 0, 8),
    row(3, 'done_pending_closure', 0, 7),
  ];
  const ids = (list: DashboardTaskRow[]) => list.map((r) => r.id);

  it('keeps the overdue or the completed tasks of a bucket', () => {
    expect(ids(narrowTasks(rows, { bucket: 'all', only: 'overdue' }))).toEqual([1]);
    expect(ids(narrowTasks(rows, { bucket: 'all', only: 'completed' }))).toEqual([2, 3]);
    expect(narrowTasks(rows, { bucket: 'all' })).toHaveLength(3);
  });

  it('splits a department’s tasks into those it leads and those it supports', () => {
    expect(ids(narrowTasks(rows, { bucket: 'department:7', only: 'led' }))).toEqual([1, 3]);
    expect(ids(narrowTasks(rows, { bucket: 'department:7', only: 'supported' }))).toEqual([2]);
  });
});

describe('drillTitle', () => {
  it('names the list in Chinese', () => {
    expect(drillTitle({ kind: 'tasks', bucket: 'overdue' }, names)).toBe('逾期任务');
    expect(drillTitle({ kind: 'tasks', bucket: 'status:in_progress' }, names)).toBe('推进中的任务');
    expect(
      drillTitle(
        { kind: 'tasks', bucket: 'indicator:starting-business', only: 'overdue', at: '2026-05-31' },
        names,
      ),
    ).toBe('指标「开办企业」的任务 · 逾期（截至2026年5月31日）');
    expect(drillTitle({ kind: 'tasks', bucket: 'department_overdue:7' }, names)).toBe(
      '县市场监管局的逾期任务',
    );
    expect(drillTitle({ kind: 'tasks', bucket: 'target_verdict:missed' }, names)).toBe(
      '目标未达标的任务',
    );
    expect(drillTitle({ kind: 'reports', department: 7, state: 'missing' }, names)).toBe(
      '县市场监管局应报月度报告（未报送）',
    );
  });
});
