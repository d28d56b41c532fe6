import type { PlanPhase } from '@bizenv/shared';
import { Typography } from 'antd';
import { formatDateRange } from '@/lib/format';
import '../plans.css';

/** The plan's implementation steps (实施步骤) with their date ranges. */
export function PlanPhases({ phases }: { phases: PlanPhase[] }) {
  return (
    <div className="plan-phases">
      <Typography.Text type="secondary" className="plan-phases__label">
        实施步骤
      </Typography.Text>
      <ol className="plan-phases__list">
        {phases.map((phase, index) => (
          <li key={`${phase.name}-${index}`} title={phase.printed}>
            <span className="plan-phases__index">{index + 1}</span>
            <span>
              <Typography.Text strong>{phase.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {formatDateRange(phase.start, phase.end)}
              </Typography.Text>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
