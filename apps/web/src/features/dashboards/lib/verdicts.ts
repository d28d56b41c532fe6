import { TARGET_VERDICT_LABELS, TARGET_VERDICTS, type TargetVerdict } from '@bizenv/shared';

/** Tag colours of antd: green met, blue on track, red missed, grey without data. */
export const VERDICT_COLORS: Record<TargetVerdict, string> = {
  met: 'success',
  on_track: 'processing',
  missed: 'error',
  no_data: 'default',
};

/** Chart colours of the same verdicts (the tags' palette, as hex for SVG). */
export const VERDICT_HEX: Record<TargetVerdict, string> = {
  met: '#389e0d',
  on_track: '#1a56a8',
  missed: '#cf1322',
  no_data: '#8c8c8c',
};

export function verdictLabel(verdict: TargetVerdict): string {
  return TARGET_VERDICT_LABELS[verdict];
}

/** Filter options of the targets table, in the order a reader scans them. */
export const VERDICT_FILTERS = TARGET_VERDICTS.map((verdict) => ({
  text: verdictLabel(verdict),
  value: verdict,
}));

/** How bad a verdict is, for sorting the worst first: missed, no data, on track, met. */
export const VERDICT_SEVERITY: Record<TargetVerdict, number> = {
  missed: 0,
  no_data: 1,
  on_track: 2,
  met: 3,
};
