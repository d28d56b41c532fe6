import { JURISDICTION_LEVEL_LABELS, type JurisdictionResponse } from '@bizenv/shared';
import { Breadcrumb, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useJurisdictions } from '../api/get-jurisdictions';
import { jurisdictionPath } from '../lib/jurisdiction-tree';

/** Name, level and the 省 > 市 > 县 path of a jurisdiction. */
export function JurisdictionHeader({ jurisdiction }: { jurisdiction: JurisdictionResponse }) {
  const { data } = useJurisdictions();
  const path = jurisdictionPath(data ?? [], jurisdiction.code);

  return (
    <Flex vertical gap={4}>
      {path.length > 1 && (
        <Breadcrumb
          items={path.map((j) => ({
            key: j.code,
            title:
              j.code === jurisdiction.code ? j.name : <Link to={`/j/${j.code}`}>{j.name}</Link>,
          }))}
        />
      )}
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {jurisdiction.name}
        </Typography.Title>
        <Tag variant="filled">{JURISDICTION_LEVEL_LABELS[jurisdiction.level]}</Tag>
        <Typography.Text type="secondary">
          行政区划代码 {jurisdiction.code} · {jurisdiction.planCount} 个方案
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
