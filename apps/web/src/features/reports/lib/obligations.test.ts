import type { ReportObligationResponse, ReportStatus } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { isTodo, sortObligations } from './obligations';

const obligation = (
  taskCode: string,
  reportStatus: ReportStatus | null,
): ReportObligationResponse => ({
  taskId: Number(taskCode.replace(/\D/g, '')) || 1,
  taskCode,
  taskTitle: `任务${taskCode}`,
  taskStatus: 'in_progress',
  role: 'lead',
  reportId: reportStatus ? 1 : null,
  reportStatus,
  reportVersion: reportStatus ? 1 : null,
  timeliness: 'pending',
});

describe('obligations', () => {
  it('puts returned reports first, then what is not started, and numbers in numeric order', () => {
    const sorted = sortObligations([
      obligation('10', null),
      obligation('2', 'accepted'),
      obligation('9', null),
      obligation('3', 'returned'),
      obligation('1', 'submitted'),
      obligation('4', 'draft'),
    ]);
    expect(sorted.map((o) => o.taskCode)).toEqual(['3', '9', '10', '4', '1', '2']);
  });

  it('counts not started, drafts and returned reports as still to do', () => {
    expect(
      [null, 'draft', 'returned', 'submitted', 'accepted'].map((s) =>
        isTodo(obligation('1', s as ReportStatus | null)),
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
