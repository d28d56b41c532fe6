/** "+2", "−0.5", "0": signed points as a reader expects them. */
export function formatPoints(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}
