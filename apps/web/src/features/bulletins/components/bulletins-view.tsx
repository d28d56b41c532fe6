import type { SessionUser } from '@bizenv/shared';
import { Card, Flex, Typography } from 'antd';
import { QueryState } from '@/components/query-state';
import { useBulletins } from '../api/get-bulletins';
import { BulletinTable } from './bulletin-table';
import { GenerateForm } from './generate-form';

/** 通报: the office generates and publishes; office, leaders and viewers read and download. */
export function BulletinsView({
  code,
  jurisdictionName,
  user,
}: {
  code: string;
  jurisdictionName: string;
  user: SessionUser;
}) {
  const bulletins = useBulletins(code);
  const canManage = user.role === 'office' && user.jurisdictionCode === code;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {jurisdictionName}通报
      </Typography.Title>
      {canManage && (
        <Card size="small" title="生成通报">
          <Flex vertical gap={8}>
            <GenerateForm code={code} />
            <Typography.Text type="secondary">
              通报数据取自该期最后一天的驾驶舱数据；草稿可重新生成，发布后文件定稿并锁定该期月度报告。
            </Typography.Text>
          </Flex>
        </Card>
      )}
      <QueryState query={bulletins} loadingText="正在加载通报…">
        {(list) => <BulletinTable bulletins={list} canManage={canManage} />}
      </QueryState>
    </Flex>
  );
}
