import { PROBLEM_STATUS_LABELS, type ProblemStatus } from '@bizenv/shared';
import { Tag } from 'antd';

const COLORS: Record<ProblemStatus, string> = {
  rectifying: 'orange',
  rectified: 'cyan',
  closed: 'green',
};

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  return (
    <Tag color={COLORS[status]} className="problem-status" data-status={status}>
      {PROBLEM_STATUS_LABELS[status]}
    </Tag>
  );
}
