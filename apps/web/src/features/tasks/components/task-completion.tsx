import { Progress, Typography } from 'antd';

/** The completion the lead department last reported and the office accepted; "—" before any. */
export function TaskCompletion({
  percent,
  compact = false,
}: {
  percent: number | null;
  compact?: boolean;
}) {
  if (percent === null) {
    return (
      <Typography.Text type="secondary" className="task-completion task-completion--none">
        {compact ? '—' : '尚无通过审核的进展报告'}
      </Typography.Text>
    );
  }
  return (
    <Progress
      className="task-completion"
      percent={percent}
      size="small"
      aria-label={`完成进度 ${percent}%`}
      style={{ margin: 0, minWidth: compact ? 96 : 160, maxWidth: 240 }}
    />
  );
}
