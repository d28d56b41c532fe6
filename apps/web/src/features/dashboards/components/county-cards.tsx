import type { RollupRow } from '@bizenv/shared';
import { Button, Card, Progress, Tag } from 'antd';
import { Link } from 'react-router';
import { dashboardPath } from '../lib/as-of';
import { formatRate, formatRatio } from '../lib/figures';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <div className="county-card__figure-label">{label}</div>
      <div className="county-card__figure-value">{value}</div>
    </div>
  );
}

/** The counties side by side: one card each, in rank order, each opening its own dashboard. */
export function CountyCards({ rows, asOf }: { rows: RollupRow[]; asOf: string | null }) {
  return (
    <div className="county-cards">
      {rows.map((row) => (
        <Card
          key={row.jurisdiction.code}
          size="small"
          className="county-card"
          data-county={row.jurisdiction.code}
          title={
            <span>
              {row.jurisdiction.name}{' '}
              <Tag color={row.rank === 1 ? 'gold' : 'blue'}>第 {row.rank} 名</Tag>
            </span>
          }
          extra={
            <Link to={dashboardPath(row.jurisdiction.code, asOf)}>
              <Button size="small" type="link">
                查看看板
              </Button>
            </Link>
          }
        >
          <Progress
            percent={Math.round((row.tasks.completionRate ?? 0) * 100)}
            format={() => `完成率 ${formatRate(row.tasks.completionRate)}`}
          />
          <div className="county-card__figures">
            <Figure label="任务总数" value={row.tasks.total} />
            <Figure label="逾期任务" value={row.tasks.overdue} />
            <Figure label="报告按时率" value={formatRate(row.reports.onTimeRate)} />
            <Figure label="目标达标" value={formatRatio(row.targetsMet, row.targetsTotal)} />
            <Figure label="未整改问题" value={row.openProblems} />
            <Figure label="综合得分" value={row.score.toFixed(1)} />
          </div>
        </Card>
      ))}
    </div>
  );
}
