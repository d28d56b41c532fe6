import type {
  BulkProgressCellError,
  ReportRole,
  SaveReportRequest,
  TargetActualInput,
} from '@bizenv/shared';
import type { ProgressReportEntity } from '../reports/progress-report.entity.js';
import type { ObligationRow } from '../reports/report-tasks.repository.js';
import type { TargetEntity } from '../tasks/target.entity.js';
import { bulkColumnLabel, type ParsedBulkRow } from './bulk-progress-workbook.js';

/** The same limits as the web form (SaveReportDto). */
const TEXT_MAX = 5000;
const ACTUAL_LIMIT = 1e12;

/** One report the department owes in the period, with what it holds so far. */
export interface BulkObligation {
  row: ObligationRow;
  key: string;
  role: ReportRole;
  targets: TargetEntity[];
  report: ProgressReportEntity | null;
  /** Current actual values by target id (as text). */
  actuals: Map<number, string>;
}

export interface PlannedSave {
  obligation: BulkObligation;
  action: 'create' | 'update' | 'unchanged';
  request: SaveReportRequest;
}

type Fail = (column: string, code: BulkProgressCellError['code'], message: string) => void;

/** Validates one row; records its errors and returns the save it asks for (null if invalid). */
export function planBulkRow(
  parsed: ParsedBulkRow,
  byKey: Map<string, BulkObligation>,
  seen: Set<string>,
  errors: BulkProgressCellError[],
): PlannedSave | null {
  const { row, cells } = parsed;
  const before = errors.length;
  const fail: Fail = (column, code, message) => errors.push({ row, column, code, message });

  const key = (cells.taskKey ?? '').trim();
  const obligation = byKey.get(key);
  if (key === '') fail(bulkColumnLabel('taskKey'), 'TASK_KEY_REQUIRED', '任务键为空');
  else if (!obligation)
    fail(bulkColumnLabel('taskKey'), 'TASK_KEY_UNKNOWN', `“${key}”不是本部门本期应报的任务`);
  else if (seen.has(key))
    fail(bulkColumnLabel('taskKey'), 'TASK_KEY_DUPLICATE', `任务键“${key}”在报表中重复出现`);
  seen.add(key);

  const workDone = (cells.workDone ?? '').trim();
  const problems = (cells.problems ?? '').trim();
  const nextSteps = (cells.nextSteps ?? '').trim();
  const percentText = (cells.completionPercent ?? '').trim();
  const filled = [workDone, problems, nextSteps, percentText].some((text) => text !== '');
  const actuals = readActuals(parsed, obligation, fail);
  // A row left blank where nothing was reported yet asks for nothing.
  if (
    obligation &&
    !obligation.report &&
    !filled &&
    actuals.length === 0 &&
    errors.length === before
  ) {
    return { obligation, action: 'unchanged', request: {} };
  }

  if (workDone === '') fail(bulkColumnLabel('workDone'), 'TEXT_REQUIRED', '工作进展不能为空');
  for (const [column, text] of [
    ['workDone', workDone],
    ['problems', problems],
    ['nextSteps', nextSteps],
  ] as const) {
    if (text.length > TEXT_MAX)
      fail(bulkColumnLabel(column), 'TEXT_TOO_LONG', `不能超过 ${TEXT_MAX} 个字`);
  }
  const percent = percentText === '' ? null : Number(percentText);
  if (percent !== null && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) {
    fail(
      bulkColumnLabel('completionPercent'),
      'PERCENT_INVALID',
      `完成百分比“${percentText}”无效，应为 0–100 的整数`,
    );
  }
  if (errors.length > before || !obligation) return null;

  const report = obligation.report;
  const unchanged =
    report !== null &&
    report.workDone.trim() === workDone &&
    report.problems.trim() === problems &&
    report.nextSteps.trim() === nextSteps &&
    report.completionPercent === percent &&
    sameActuals(obligation.actuals, actuals);
  if (unchanged) return { obligation, action: 'unchanged', request: {} };
  if (report && (report.status === 'submitted' || report.status === 'accepted')) {
    const state = report.status === 'submitted' ? '已报送' : '已审核通过';
    fail(
      bulkColumnLabel('taskKey'),
      'REPORT_NOT_EDITABLE',
      `该任务本期报告${state}，不能在报表中修改`,
    );
    return null;
  }
  return {
    obligation,
    action: report ? 'update' : 'create',
    request: {
      workDone,
      problems,
      nextSteps,
      completionPercent: percent,
      ...(obligation.role === 'lead' ? { targetActuals: actuals } : {}),
      ...(report ? { version: report.version } : {}),
    },
  };
}

/** The target actuals of the row: numbers, only in the lead's own targets' columns. */
function readActuals(
  { actuals }: ParsedBulkRow,
  obligation: BulkObligation | undefined,
  fail: Fail,
): TargetActualInput[] {
  const result: TargetActualInput[] = [];
  for (const [targetId, { text, column }] of actuals) {
    const trimmed = text.trim();
    if (trimmed === '' || !obligation) continue;
    if (!obligation.targets.some((target) => target.id === targetId)) {
      fail(column, 'TARGET_NOT_ON_TASK', '该目标不属于本行任务，请留空');
      continue;
    }
    if (obligation.role !== 'lead') {
      fail(column, 'ACTUALS_LEAD_ONLY', '目标实际值由牵头部门填写，配合部门请留空');
      continue;
    }
    const value = Number(trimmed);
    if (!Number.isFinite(value) || Math.abs(value) > ACTUAL_LIMIT) {
      fail(column, 'NUMBER_INVALID', `实际值“${trimmed}”不是有效数字`);
      continue;
    }
    result.push({ targetId, value });
  }
  return result;
}

function sameActuals(current: Map<number, string>, wanted: TargetActualInput[]): boolean {
  return (
    current.size === wanted.length &&
    wanted.every((actual) => Number(current.get(actual.targetId)) === actual.value)
  );
}
