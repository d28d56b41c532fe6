import type { JurisdictionDashboardResponse } from '@bizenv/shared';
import { formatPercent, formatRate, formatRatio } from '../../lib/figures';

function Tile({ label, value, tone }: { label: string; value: string | number; tone?: string }) {
  return (
    <div className={`cockpit-tile ${tone ? `cockpit-tile--${tone}` : ''}`}>
      <div className="cockpit-tile__value">{value}</div>
      <div className="cockpit-tile__label">{label}</div>
    </div>
  );
}

/** The headline figures, large enough to read across a meeting room. */
export function CockpitTiles({ data }: { data: JurisdictionDashboardResponse }) {
  const { totals, targetSummary } = data;
  const targets = data.targets.length;
  return (
    <div className="cockpit-tiles">
      <Tile label="任务总数" value={totals.total} />
      <Tile label="已完成" value={totals.completed} tone="good" />
      <Tile label="完成率" value={formatRate(totals.completionRate)} tone="good" />
      <Tile label="平均进度" value={formatPercent(totals.averageCompletionPercent)} />
      <Tile label="逾期任务" value={totals.overdue} tone={totals.overdue > 0 ? 'bad' : undefined} />
      <Tile label="10个工作日内到期" value={totals.dueSoon} tone="warn" />
      <Tile label="目标达标" value={formatRatio(targetSummary.met, targets)} />
      <Tile label="未整改问题" value={data.openProblems} />
    </div>
  );
}
