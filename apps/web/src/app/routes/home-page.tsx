import { Flex, Typography } from 'antd';
import { JurisdictionOverview } from '@/features/jurisdictions/components/jurisdiction-overview';
import { pageTitle } from '@/lib/format';

export function HomePage() {
  return (
    <Flex vertical gap={16}>
      <title>{pageTitle()}</title>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          优化营商环境改革任务督办
        </Typography.Title>
        <Typography.Text type="secondary">
          选择辖区，查看其改革方案、任务分工、完成时限与量化目标。
        </Typography.Text>
      </div>
      <JurisdictionOverview />
    </Flex>
  );
}
