import {
  TARGET_VERDICTS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type JurisdictionDashboardResponse,
} from '@bizenv/shared';
import { Card, Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPercent, formatRate } from '../lib/figures';
import { VERDICT_COLORS, verdictLabel } from '../lib/verdicts';
import { FigureLink } from './figure-link';

function Figure({ title, children, tone }: { title: string; children: ReactNode; tone?: string }) {
  return (
    <Card size="small" className={`headline-figure ${tone ? `headline-figure--${tone}` : ''}`}>
      <div className="headline-figure__title">{title}</div>
      <div className="headline-figure__value">{children}</div>
    </Card>
  );
}

/** The figures a leader reads first; each opens the tasks behind it. */
export function HeadlineFigures({ data }: { data: JurisdictionDashboardResponse }) {
  const { totals, targetSummary } = data;
  return (
    <Flex vertical gap={12}>
      <div className="headline-grid">
        <Figure title="任务总数">
          <FigureLink
            drill={{ kind: 'tasks', bucket: 'all' }}
            label={`全部任务 ${totals.total} 项`}
          >
            {totals.total}
          </FigureLink>
        </Figure>
        <Figure title="已完成" tone="good">
          <FigureLink
            drill={{ kind: 'tasks', bucket: 'completed' }}
            label={`已完成任务 ${totals.completed} 项`}
          >
            {totals.completed}
          </FigureLink>
        </Figure>
        <Figure title="完成率" tone="good">
          <FigureLink drill={{ kind: 'tasks', bucket: 'completed' }} label="已完成任务">
            {formatRate(totals.completionRate)}
          </FigureLink>
        </Figure>
        <Figure title="逾期任务" tone={totals.overdue > 0 ? 'bad' : undefined}>
          <FigureLink
            drill={{ kind: 'tasks', bucket: 'overdue' }}
            label={`逾期任务 ${totals.overdue} 项`}
            className="headline-overdue"
          >
            {totals.overdue}
          </FigureLink>
        </Figure>
        <Figure title="10个工作日内到期" tone={totals.dueSoon > 0 ? 'warn' : undefined}>
          <FigureLink
            drill={{ kind: 'tasks', bucket: 'due_soon' }}
            label={`即将到期任务 ${totals.dueSoon} 项`}
          >
            {totals.dueSoon}
          </FigureLink>
        </Figure>
        <Figure title="平均进度">
          <FigureLink drill={{ kind: 'tasks', bucket: 'all' }} label="全部任务">
            {formatPercent(totals.averageCompletionPercent)}
          </FigureLink>
        </Figure>
        <Figure title="未整改问题">
          <Link to="/problems?status=rectifying" className="figure-link" title="查看问题清单">
            {data.openProblems}
          </Link>
        </Figure>
        <Figure title="未办结督办">
          <Link to="/notices" className="figure-link" title="查看督办">
            {data.openNotices}
          </Link>
        </Figure>
      </div>
      <Flex wrap gap={8} align="center" className="headline-chips">
        <span className="headline-chips__label">任务状态</span>
        {TASK_STATUSES.map((status) => (
          <FigureLink
            key={status}
            drill={{ kind: 'tasks', bucket: `status:${status}` }}
            label={`${TASK_STATUS_LABELS[status]}的任务`}
            className="chip-link"
          >
            <Tag>
              {TASK_STATUS_LABELS[status]} {totals.byStatus[status]}
            </Tag>
          </FigureLink>
        ))}
        <span className="headline-chips__label">目标</span>
        {TARGET_VERDICTS.map((verdict) => (
          <FigureLink
            key={verdict}
            drill={{ kind: 'tasks', bucket: `target_verdict:${verdict}` }}
            label={`目标${verdictLabel(verdict)}的任务`}
            className="chip-link"
          >
            <Tag color={VERDICT_COLORS[verdict]}>
              {verdictLabel(verdict)} {targetSummary[verdict]}
            </Tag>
          </FigureLink>
        ))}
      </Flex>
    </Flex>
  );
}
