import type { PlanDetailResponse } from '@bizenv/shared';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { usePlan } from '../api/get-plan';
import { PlanPhases } from './plan-phases';
import '../plans.css';

function ParentPlanNote({ parentPlanId }: { parentPlanId: number }) {
  const { data: parent } = usePlan(parentPlanId);
  return (
    <Typography.Text type="secondary">
      本方案为
      <Link to={`/plans/${parentPlanId}`}>《{parent?.title ?? '主方案'}》</Link>
      的附件
    </Typography.Text>
  );
}

/** The document's header: title, issuer, 文号, date, phases and annexes. */
export function PlanHeader({ plan }: { plan: PlanDetailResponse }) {
  return (
    <Card size="small" className="plan-header">
      <Flex vertical gap={12}>
        <div>
          {plan.parentPlanId !== null && <ParentPlanNote parentPlanId={plan.parentPlanId} />}
          <Typography.Title level={3} className="plan-title">
            {plan.title}
          </Typography.Title>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'issuer', label: '发文单位', children: plan.issuer },
            { key: 'number', label: '文号', children: plan.documentNumber ?? '—' },
            { key: 'date', label: '印发日期', children: formatDate(plan.issuedDate) },
            {
              key: 'tasks',
              label: '任务',
              children: `${plan.taskCount} 项（含子项共 ${plan.itemCount} 条）`,
            },
          ]}
        />
        {plan.phases.length > 0 && <PlanPhases phases={plan.phases} />}
        {plan.annexes.length > 0 && (
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary">附件：</Typography.Text>
            {plan.annexes.map((annex) => (
              <Link key={annex.id} to={`/plans/${annex.id}`}>
                <Tag variant="outlined" className="annex-tag">
                  {annex.title}（{annex.taskCount} 项）
                </Tag>
              </Link>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
