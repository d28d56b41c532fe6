import type { IndicatorDashboardRow } from '@bizenv/shared';
import { Card, Progress, Tag } from 'antd';
import { formatRatio, formatRate } from '../lib/figures';
import { FigureLink } from './figure-link';

/** The leader's own indicators first, as cards: tasks, completion, overdue, targets met. */
export function MyIndicators({ rows }: { rows: IndicatorDashboardRow[] }) {
  const mine = rows.filter((row) => row.mine);
  if (mine.length === 0) return null;
  return (
    <Card
      size="small"
      className="my-indicators"
      title={
        <span>
          我负责的指标 <Tag color="gold">{mine.length} 项</Tag>
        </span>
      }
    >
      <div className="my-indicators__grid">
        {mine.map((row) => (
          <div key={row.code} className="my-indicator" data-indicator={row.code}>
            <div className="my-indicator__name">{row.name}</div>
            <Progress
              percent={Math.round((row.tasks.completionRate ?? 0) * 100)}
              size="small"
              format={() => formatRate(row.tasks.completionRate)}
            />
            <div className="my-indicator__figures">
              <span>
                任务{' '}
                <FigureLink
                  drill={{ kind: 'tasks', bucket: `indicator:${row.code}` }}
                  label={`${row.name}的任务`}
                >
                  {row.tasks.total}
                </FigureLink>
              </span>
              <span>
                逾期{' '}
                <FigureLink
                  drill={{ kind: 'tasks', bucket: `indicator:${row.code}`, only: 'overdue' }}
                  label={`${row.name}的逾期任务`}
                  className={row.tasks.overdue > 0 ? 'figure-link--bad' : undefined}
                >
                  {row.tasks.overdue}
                </FigureLink>
              </span>
              <span>目标达标 {formatRatio(row.targetsMet, row.targetsTotal)}</span>
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
