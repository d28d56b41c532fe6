import type { ReportStatus, ReportTimeliness } from '@bizenv/shared';
import { Tag } from 'antd';
import {
  REPORT_STATE_COLORS,
  reportStateLabel,
  TIMELINESS_COLORS,
  timelinessLabel,
} from '../lib/labels';

export function ReportStateTag({ status }: { status: ReportStatus | null }) {
  return (
    <Tag color={REPORT_STATE_COLORS[status ?? 'none']} className="report-state-tag">
      {reportStateLabel(status)}
    </Tag>
  );
}

export function TimelinessTag({ timeliness }: { timeliness: ReportTimeliness }) {
  return (
    <Tag color={TIMELINESS_COLORS[timeliness]} variant="outlined">
      {timelinessLabel(timeliness)}
    </Tag>
  );
}
