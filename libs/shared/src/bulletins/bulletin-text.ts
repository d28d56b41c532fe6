import type { BulletinFigures } from '../contracts/bulletins.js';

/**
 * The words of a bulletin, built from its figures: the Word document and the print view both
 * render these, so the two never say different things.
 */

export interface BulletinSection {
  heading: string | null;
  paragraphs: string[];
}

export interface BulletinTable {
  heading: string;
  headers: string[];
  rows: string[][];
  /** The sentence shown instead of an empty table. */
  empty: string;
}

/** 12.5 → "12.5%"; null → "—". */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

/** "2025-07-31" → "2025年7月31日". */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function bulletinParagraphs(figures: BulletinFigures): BulletinSection[] {
  const s = figures.summary;
  const statuses = s.byStatus
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.label}${entry.count}项`)
    .join('，');
  const pending = s.reportsPending > 0 ? `，尚未到报送期限${s.reportsPending}份` : '';
  return [
    {
      heading: null,
      paragraphs: [
        `现将${figures.jurisdictionName}${figures.periodLabel}优化营商环境重点任务推进情况通报如下：`,
      ],
    },
    {
      heading: '一、总体情况',
      paragraphs: [
        `截至${chineseDate(figures.asOf)}，${figures.jurisdictionName}共有优化营商环境任务${s.totalTasks}项，` +
          `已完成${s.completedTasks}项，完成率${formatPercent(s.completionRate)}` +
          (statuses ? `（${statuses}）` : '') +
          `；逾期未完成任务${s.overdueTasks}项。`,
        `${figures.periodLabel}应报送月度进展报告${s.reportsExpected}份，按时报送${s.reportsOnTime}份，` +
          `迟报${s.reportsLate}份，未报${s.reportsMissing}份${pending}。`,
        `量化目标共${s.targetsTotal}项，已达标${s.targetsMet}项，推进中${s.targetsOnTrack}项，` +
          `未达标${s.targetsMissed}项，暂无数据${s.targetsNoData}项。`,
      ],
    },
  ];
}

export function bulletinTables(figures: BulletinFigures): BulletinTable[] {
  return [
    {
      heading: '二、逾期未完成任务',
      headers: ['序号', '任务编号', '任务名称', '牵头单位', '完成时限', '逾期工作日'],
      rows: figures.overdueTasks.map((task, index) => [
        String(index + 1),
        task.code,
        task.title,
        task.leadDepartments,
        task.deadline ?? '—',
        String(task.workingDaysOverdue),
      ]),
      empty: '本期无逾期未完成任务。',
    },
    {
      heading: '三、月度报告迟报、未报情况',
      headers: ['序号', '单位', '应报（份）', '按时（份）', '迟报（份）', '未报（份）'],
      rows: figures.lateReports.map((row, index) => [
        String(index + 1),
        row.departmentName,
        String(row.expected),
        String(row.onTime),
        String(row.late),
        String(row.missing),
      ]),
      empty: '本期各单位均按时报送月度报告。',
    },
    {
      heading: '四、未达标的量化目标',
      headers: ['序号', '任务编号', '目标', '目标值', '实际值', '牵头单位'],
      rows: figures.missedTargets.map((target, index) => [
        String(index + 1),
        target.taskCode,
        target.metric,
        target.target,
        target.actual,
        target.leadDepartments,
      ]),
      empty: '本期无未达标的量化目标。',
    },
    {
      heading: '五、部门排名',
      headers: ['排名', '单位', '牵头任务（项）', '按期完成率', '报告报送率', '逾期任务（项）'],
      rows: figures.ranking.map((row) => [
        String(row.rank),
        row.departmentName,
        String(row.tasksLed),
        formatPercent(row.onTimeCompletionRate),
        formatPercent(row.reportSubmissionRate),
        String(row.overdueTasks),
      ]),
      empty: '本期无可排名的单位。',
    },
  ];
}

/** The closing requirements (下步要求), the same in every bulletin. */
export const BULLETIN_CLOSING =
  '请各责任单位对照通报问题，逐项分析原因、明确整改措施和完成时限，按时报送月度进展报告；' +
  '对逾期未完成任务，牵头单位要主动对接配合单位，加快推进，确保按期完成。';
