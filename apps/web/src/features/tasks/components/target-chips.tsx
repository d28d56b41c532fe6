import type { Target } from '@bizenv/shared';
import { Tag, Tooltip } from 'antd';
import { targetValueText } from '../lib/labels';
import '../tasks.css';

/** Quantitative targets as compact chips ("≤ 90 工作日"); the metric and source words on hover. */
export function TargetChips({ targets, max = 3 }: { targets: Target[]; max?: number }) {
  if (targets.length === 0) return null;
  const shown = targets.slice(0, max);
  return (
    <span className="target-chips">
      {shown.map((target, index) => (
        <Tooltip
          key={`${target.metric}-${index}`}
          title={
            <>
              <div>{target.metric}</div>
              {target.period && <div>期限：{target.period}</div>}
              <div className="tooltip-quote">“{target.printed}”</div>
            </>
          }
        >
          <Tag
            variant="filled"
            color="cyan"
            className="target-chip"
            aria-label={`${target.metric} ${targetValueText(target)}`}
          >
            {targetValueText(target)}
          </Tag>
        </Tooltip>
      ))}
      {targets.length > shown.length && (
        <Tag variant="filled">+{targets.length - shown.length}</Tag>
      )}
    </span>
  );
}
