/** Geometry of a tiny trend line (no chart library: one per table row must stay cheap). */
export interface SparklineGeometry {
  /** SVG polyline points "x,y x,y …". */
  points: string;
  /** The last point, drawn as a dot. */
  last: { x: number; y: number } | null;
  /** Where the target value lies, when it falls inside the drawn range. */
  goalY: number | null;
}

const PAD = 2;

export function sparkline(
  values: number[],
  goal: number | null,
  width: number,
  height: number,
): SparklineGeometry {
  if (values.length === 0) return { points: '', last: null, goalY: null };
  const all = goal === null ? values : [...values, goal];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const y = (value: number) =>
    round(max === min ? height / 2 : PAD + ((max - value) / span) * (height - 2 * PAD));
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  const coords = values.map((value, index) => ({
    x: round(values.length > 1 ? PAD + index * step : width / 2),
    y: y(value),
  }));
  return {
    points: coords.map((c) => `${c.x},${c.y}`).join(' '),
    last: coords[coords.length - 1] ?? null,
    goalY: goal === null ? null : y(goal),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
