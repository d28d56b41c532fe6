import type { MonthlyProblemPoint } from '@bizenv/shared';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { shortPeriod } from '../lib/chart-data';

export interface ProblemTrendChartProps {
  points: MonthlyProblemPoint[];
  /** A month's bars open the problem list. */
  onPick: () => void;
  height?: number;
  dark?: boolean;
}

/** Problems opened vs rectified month by month. Loaded lazily. */
export default function ProblemTrendChart({
  points,
  onPick,
  height = 260,
  dark = false,
}: ProblemTrendChartProps) {
  const data = points.map((point) => ({ ...point, label: shortPeriod(point.period) }));
  const axis = dark ? '#9fb3d1' : '#595959';
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      accessibilityLayer
      onClick={onPick}
      className="clickable-chart"
    >
      <CartesianGrid strokeDasharray="3 3" stroke={dark ? '#24406b' : '#e8e8e8'} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: axis }} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: axis }} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="opened" name="新增问题" fill="#ff7a45" isAnimationActive={false} />
      <Bar dataKey="rectified" name="完成整改" fill="#52c41a" isAnimationActive={false} />
    </BarChart>
  );
}
