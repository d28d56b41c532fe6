import type { DashboardTaskRow, DepartmentDashboardRow, TargetVerdict } from '@bizenv/shared';
import { TARGET_VERDICTS } from '@bizenv/shared';
import { compareNullable, formatRate } from '../../lib/figures';
import { verdictLabel } from '../../lib/verdicts';

const OVERDUE_ROWS = 8;
const DEPARTMENT_ROWS = 8;

/** The verdict colours, brightened for a dark background. */
const VERDICT_ON_DARK: Record<TargetVerdict, string> = {
  met: '#73d13d',
  on_track: '#69b1ff',
  missed: '#ff7875',
  no_data: '#8c9bb3',
};

/** The longest-overdue tasks (as many as fit), with whose they are. */
export function CockpitOverdue({ rows }: { rows: DashboardTaskRow[] }) {
  const worst = [...rows]
    .sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue)
    .slice(0, OVERDUE_ROWS);
  if (worst.length === 0) return <p className="cockpit-empty">没有逾期任务</p>;
  return (
    <table className="cockpit-table">
      <tbody>
        {worst.map((row) => (
          <tr key={row.id}>
            <td className="cockpit-table__title">{row.title}</td>
            <td>{row.leadDepartments.map((d) => d.name).join('、')}</td>
            <td className="cockpit-table__bad">逾期 {row.workingDaysOverdue} 个工作日</td>
          </tr>
        ))}
      </tbody>
      {rows.length > OVERDUE_ROWS && (
        <caption className="cockpit-muted">另有 {rows.length - OVERDUE_ROWS} 项</caption>
      )}
    </table>
  );
}

/** Departments by on-time completion (best first), with their overdue tasks and missing reports. */
export function CockpitDepartments({ rows }: { rows: DepartmentDashboardRow[] }) {
  const ranked = rows
    .filter((row) => row.tasksLed > 0)
    .sort(
      (a, b) =>
        compareNullable(b.onTimeCompletionRate, a.onTimeCompletionRate) || a.overdue - b.overdue,
    )
    .slice(0, DEPARTMENT_ROWS);
  return (
    <table className="cockpit-table">
      <thead>
        <tr>
          <th>部门</th>
          <th>按时完成率</th>
          <th>逾期</th>
          <th>未报</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((row) => (
          <tr key={row.id}>
            <td className="cockpit-table__title">{row.name}</td>
            <td>{formatRate(row.onTimeCompletionRate)}</td>
            <td className={row.overdue > 0 ? 'cockpit-table__bad' : undefined}>{row.overdue}</td>
            <td className={row.reports.missing > 0 ? 'cockpit-table__bad' : undefined}>
              {row.reports.missing}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Targets by verdict, as four large numbers. */
export function CockpitTargets({ summary }: { summary: Record<TargetVerdict, number> }) {
  return (
    <div className="cockpit-verdicts">
      {TARGET_VERDICTS.map((verdict) => (
        <div key={verdict} className="cockpit-verdict">
          <div className="cockpit-verdict__value" style={{ color: VERDICT_ON_DARK[verdict] }}>
            {summary[verdict]}
          </div>
          <div className="cockpit-verdict__label">{verdictLabel(verdict)}</div>
        </div>
      ))}
    </div>
  );
}
