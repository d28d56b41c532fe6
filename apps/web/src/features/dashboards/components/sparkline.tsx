import type { TargetTrendPoint } from '@bizenv/shared';
import { formatMonth } from '@/lib/format';
import { sparkline } from '../lib/sparkline';

const WIDTH = 96;
const HEIGHT = 28;

/** A target's actuals over the months, with its goal as a dashed line. */
export function Sparkline({
  trend,
  goal,
  color,
  unit,
}: {
  trend: TargetTrendPoint[];
  goal: number;
  color: string;
  unit: string;
}) {
  if (trend.length === 0) return <span className="sparkline-empty">—</span>;
  const geometry = sparkline(
    trend.map((point) => point.value),
    goal,
    WIDTH,
    HEIGHT,
  );
  const summary = trend.map((p) => `${formatMonth(p.period)} ${p.value}${unit}`).join('，');
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`趋势：${summary}`}
    >
      <title>{summary}</title>
      {geometry.goalY !== null && (
        <line
          x1={0}
          x2={WIDTH}
          y1={geometry.goalY}
          y2={geometry.goalY}
          stroke="#bfbfbf"
          strokeDasharray="3 2"
        />
      )}
      <polyline points={geometry.points} fill="none" stroke={color} strokeWidth={1.5} />
      {geometry.last && <circle cx={geometry.last.x} cy={geometry.last.y} r={2.5} fill={color} />}
    </svg>
  );
}
