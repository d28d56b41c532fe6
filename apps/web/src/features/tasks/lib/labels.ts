import {
  DEADLINE_KIND_LABELS,
  TARGET_COMPARATOR_SYMBOLS,
  type Deadline,
  type Target,
} from '@bizenv/shared';
import { formatDate } from '@/lib/format';

/** "≤ 90 工作日", "≥ 60%": the value with its direction and unit. */
export function targetValueText(target: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  const unit =
    target.unit === '%' || target.unit === '‰' ? target.unit : target.unit ? ` ${target.unit}` : '';
  return `${TARGET_COMPARATOR_SYMBOLS[target.comparator]} ${target.value}${unit}`;
}

/** The deadline in one sentence, e.g. "限期完成：6月底前（2021年6月30日）". */
export function deadlineSentence(deadline: Deadline): string {
  const label = DEADLINE_KIND_LABELS[deadline.kind];
  switch (deadline.kind) {
    case 'none':
      return label;
    case 'ongoing':
      return deadline.printed === label ? label : `${label}：${deadline.printed}`;
    case 'phase':
      return `${label}：${deadline.phase}，${deadline.printed}（${formatDate(deadline.date)}）`;
    default:
      return `${label}：${deadline.printed}（${formatDate(deadline.date)}）`;
  }
}

const CHIP_MAX_CHARS = 8;

/** A few words for a chip: the printed words when short ("6月底前"), else the kind. */
export function deadlineChipText(deadline: Deadline): string {
  if (deadline.kind === 'none') return DEADLINE_KIND_LABELS.none;
  if (deadline.printed.length <= CHIP_MAX_CHARS) return deadline.printed;
  switch (deadline.kind) {
    case 'milestone':
      return '阶段性成效';
    case 'phase':
      return deadline.phase;
    default:
      return DEADLINE_KIND_LABELS[deadline.kind];
  }
}
