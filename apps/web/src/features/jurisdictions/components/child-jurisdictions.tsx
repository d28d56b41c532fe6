import { JURISDICTION_LEVEL_LABELS, type JurisdictionResponse } from '@bizenv/shared';
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useJurisdictions } from '../api/get-jurisdictions';
import { childJurisdictions } from '../lib/jurisdiction-tree';
import '../jurisdictions.css';

/** For a city or province: links to the jurisdictions under it (比学赶超), with their plan counts. */
export function ChildJurisdictions({ jurisdiction }: { jurisdiction: JurisdictionResponse }) {
  const { data } = useJurisdictions();
  const children = childJurisdictions(data ?? [], jurisdiction.code);
  if (children.length === 0) return null;

  return (
    <Card
      size="small"
      title={`下辖${children[0] ? JURISDICTION_LEVEL_LABELS[children[0].level] : ''}`}
    >
      <Flex wrap gap={8}>
        {children.map((child) => (
          <Link key={child.code} to={`/j/${child.code}`} className="child-jurisdiction-link">
            <Typography.Text strong>{child.name}</Typography.Text>
            <Tag variant="filled" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>
              {child.planCount} 个方案
            </Tag>
          </Link>
        ))}
      </Flex>
    </Card>
  );
}
