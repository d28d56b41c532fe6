import type { MonthlyCompletionPoint } from '@bizenv/shared';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { shortPeriod } from '../lib/chart-data';

export interface CompletionTrendChartProps {
  points: MonthlyCompletionPoint[];
  /** A month's bar opens the tasks completed by then. */
  onPickPeriod: (period: string) => void;
  height?: number;
  dark?: boolean;
}

/** Completed tasks (bars) and the completion rate (line) month by month. Loaded lazily. */
export default function CompletionTrendChart({
  points,
  onPickPeriod,
  height = 260,
  dark = false,
}: CompletionTrendChartProps) {
  const data = points.map((point) => ({
    period: point.period,
    label: shortPeriod(point.period),
    completed: point.completed,
    rate: point.completionRate === null ? null : Math.round(point.completionRate * 1000) / 10,
    reported: point.averageReportedPercent,
  }));
  const axis = dark ? '#9fb3d1' : '#595959';
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
      accessibilityLayer
      onClick={(state) => {
        const index = Number(state?.activeTooltipIndex);
        const period = Number.isInteger(index) ? data[index]?.period : undefined;
        if (period) onPickPeriod(period);
      }}
      className="clickable-chart"
    >
      <CartesianGrid strokeDasharray="3 3" stroke={dark ? '#24406b' : '#e8e8e8'} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: axis }} />
      <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12, fill: axis }} />
      <YAxis
        yAxisId="rate"
        orientation="right"
        domain={[0, 100]}
        unit="%"
        tick={{ fontSize: 12, fill: axis }}
      />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar
        yAxisId="count"
        dataKey="completed"
        name="累计完成任务"
        fill="#4f8fe6"
        barSize={18}
        isAnimationActive={false}
      />
      <Line
        yAxisId="rate"
        dataKey="rate"
        name="完成率（%）"
        stroke="#fa8c16"
        strokeWidth={2}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        yAxisId="rate"
        dataKey="reported"
        name="报告平均进度（%）"
        stroke="#52c41a"
        strokeDasharray="4 3"
        connectNulls
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
