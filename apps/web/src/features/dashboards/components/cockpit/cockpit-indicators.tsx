import type { IndicatorDashboardRow } from '@bizenv/shared';
import { formatRate } from '../../lib/figures';

/** The 18 indicators as bars of completion, the leader's own marked; sub-indicators left out. */
export function CockpitIndicators({ rows }: { rows: IndicatorDashboardRow[] }) {
  const top = rows.filter((row) => row.parentCode === null);
  return (
    <ul className="cockpit-indicators">
      {top.map((row) => {
        const percent = Math.round((row.tasks.completionRate ?? 0) * 100);
        return (
          <li key={row.code} className={row.mine ? 'cockpit-indicator--mine' : undefined}>
            <span className="cockpit-indicator__name" title={row.name}>
              {row.mine && '★ '}
              {row.name}
            </span>
            <span className="cockpit-indicator__bar">
              <span style={{ width: `${percent}%` }} />
            </span>
            <span className="cockpit-indicator__rate">{formatRate(row.tasks.completionRate)}</span>
            <span
              className={row.tasks.overdue > 0 ? 'cockpit-indicator__overdue' : 'cockpit-muted'}
            >
              逾期 {row.tasks.overdue}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
