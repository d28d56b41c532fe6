import type { RollupRow } from '@bizenv/shared';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { comparisonSeries } from '../lib/comparison';

const COLORS = ['#1a56a8', '#fa8c16', '#52c41a', '#eb2f96', '#13c2c2', '#722ed1'];

export interface ComparisonChartProps {
  rows: RollupRow[];
  height?: number;
  dark?: boolean;
}

/** The counties' rates side by side (percent), one bar group per measure. Loaded lazily. */
export default function ComparisonChart({
  rows,
  height = 280,
  dark = false,
}: ComparisonChartProps) {
  const data = comparisonSeries(rows);
  const axis = dark ? '#9fb3d1' : '#595959';
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" stroke={dark ? '#24406b' : '#e8e8e8'} />
      <XAxis dataKey="measure" tick={{ fontSize: 12, fill: axis }} />
      <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: axis }} />
      <Tooltip formatter={(value) => `${String(value)}%`} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {rows.map((row, index) => (
        <Bar
          key={row.jurisdiction.code}
          dataKey={row.jurisdiction.code}
          name={row.jurisdiction.name}
          fill={COLORS[index % COLORS.length]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
