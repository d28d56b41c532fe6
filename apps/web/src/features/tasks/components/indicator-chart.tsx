import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorCount } from '../lib/group-tasks';

const BAR_HEIGHT = 26;
const LABEL_CHARS = 9;

/** Long names ("知识产权创造、保护和运用") are shortened on the axis; the tooltip has them in full. */
const shortName = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;

/** Recharts bar chart of task counts per indicator. Loaded lazily: Recharts is heavy. */
export default function IndicatorChart({ counts }: { counts: IndicatorCount[] }) {
  const height = Math.max(120, counts.length * BAR_HEIGHT + 40);
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={counts}
      layout="vertical"
      margin={{ top: 4, right: 32, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
      <YAxis
        type="category"
        dataKey="name"
        width={124}
        tick={{ fontSize: 12 }}
        tickFormatter={shortName}
        interval={0}
      />
      <Tooltip
        formatter={(value) => [`${String(value)} 项`, '任务数']}
        cursor={{ fill: 'rgba(0,0,0,0.04)' }}
      />
      <Bar dataKey="count" name="任务数" fill="#1a56a8" barSize={16} isAnimationActive={false}>
        <LabelList dataKey="count" position="right" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
