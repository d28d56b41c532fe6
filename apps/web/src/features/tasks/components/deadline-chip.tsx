import { DEADLINE_KIND_LABELS, type Deadline } from '@bizenv/shared';
import { Tag, Tooltip } from 'antd';
import { formatDate } from '@/lib/format';
import { deadlineChipText, deadlineSentence } from '../lib/labels';
import '../tasks.css';

const COLORS: Record<Deadline['kind'], string | undefined> = {
  none: undefined,
  date: 'orange',
  milestone: 'gold',
  ongoing: 'green',
  phase: 'purple',
};

/**
 * The deadline in a row: short words in the chip, the resolved date under it; the kind and the
 * full printed words on hover and for screen readers.
 */
export function DeadlineChip({ deadline }: { deadline: Deadline }) {
  if (deadline.kind === 'none') {
    // Quiet on purpose: many plans give most tasks no deadline, and a chip per row would be noise.
    return <span className="deadline-none">{DEADLINE_KIND_LABELS.none}</span>;
  }
  const sentence = deadlineSentence(deadline);
  return (
    <Tooltip title={sentence}>
      <span className="deadline-chip" aria-label={sentence}>
        <Tag color={COLORS[deadline.kind]} variant="outlined" className="deadline-chip__tag">
          {deadlineChipText(deadline)}
        </Tag>
        {deadline.kind !== 'ongoing' && (
          <span className="deadline-chip__date">{formatDate(deadline.date)}</span>
        )}
      </span>
    </Tooltip>
  );
}
