import type { TaskEventResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { changedFields, taskEventToActivity } from './event-activity';

const event = (overrides: Partial<TaskEventResponse>): TaskEventResponse => ({
  id: 1,
  taskId: 130,
  type: 'status_changed',
  actor: { id: 3, displayName: '麟游县营商办' },
  occurredAt: '2026-05-03T06:05:00.000Z',
  reason: null,
  fromStatus: null,
  toStatus: null,
  before: null,
  after: null,
  ...overrides,
});

describe('taskEventToActivity', () => {
  it('shows a status change as before → after with its reason and actor', () => {
    const item = taskEventToActivity(
      event({ fromStatus: 'not_started', toStatus: 'in_progress', reason: '已部署' }),
    );
    expect(item).toMatchObject({
      key: 'task-event-1',
      label: '状态变更',
      title: '未开始 → 推进中',
      actor: '麟游县营商办',
      detail: '理由：已部署',
    });
  });

  it('names the kind of a change request and the status move of a closure decision', () => {
    const rejected = taskEventToActivity(
      event({
        type: 'change_rejected',
        reason: '理由不充分',
        after: { changeRequestId: 2, kind: 'extension' },
      }),
    );
    expect(rejected).toMatchObject({
      label: '退回延期申请',
      title: '延期申请未获同意',
      detail: '退回理由：理由不充分',
    });
    const extended = taskEventToActivity(
      event({
        type: 'change_approved',
        before: { deadline: { kind: 'date', date: '2021-12-31', printed: '年底前' } },
        after: {
          kind: 'extension',
          deadline: { kind: 'date', date: '2022-06-30', printed: '2022年6月底前' },
        },
      }),
    );
    expect(extended.title).toBe('完成时限延至2022年6月底前');
    const approved = taskEventToActivity(
      event({ type: 'closure_approved', fromStatus: 'done_pending_closure', toStatus: 'closed' }),
    );
    expect(approved.title).toBe('同意销号（已完成（待销号） → 已销号）');
  });

  it('shows the instruction text and who acknowledged it', () => {
    expect(
      taskEventToActivity(
        event({ type: 'instruction_written', after: { instructionId: 1, text: '抓紧推进' } }),
      ).detail,
    ).toBe('抓紧推进');
    expect(
      taskEventToActivity(
        event({
          type: 'instruction_acknowledged',
          actor: { id: 5, displayName: '县行政审批服务局' },
        }),
      ).title,
    ).toBe('县行政审批服务局确认收到批示');
  });
});

describe('changedFields', () => {
  it('prints an extended deadline next to the original one', () => {
    expect(
      changedFields({
        before: { deadline: { kind: 'date', date: '2021-12-31', printed: '年底前' } },
        after: { deadline: { kind: 'date', date: '2022-06-30', printed: '2022年6月底前' } },
      }),
    ).toEqual(['完成时限：年底前（2021年12月31日） → 2022年6月底前（2022年6月30日）']);
  });

  it('lists named departments and leaves bare ids out', () => {
    expect(
      changedFields({
        before: { leadDepartments: [{ id: 1, name: '县发改局' }] },
        after: {
          leadDepartments: [{ id: 2, name: '县住建局' }],
          departments: { lead: [2], support: [] },
        },
      }),
    ).toEqual(['牵头部门：县发改局 → 县住建局']);
  });
});
