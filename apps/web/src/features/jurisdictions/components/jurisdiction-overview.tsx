import { JURISDICTION_LEVEL_LABELS } from '@bizenv/shared';
import { Card, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useNavigate } from 'react-router';
import { QueryState } from '@/components/query-state';
import { useJurisdictions } from '../api/get-jurisdictions';
import { buildJurisdictionTree, type JurisdictionNode } from '../lib/jurisdiction-tree';
import '../jurisdictions.css';

const toTreeNode = (node: JurisdictionNode): TreeDataNode => ({
  key: node.code,
  title: (
    <span className="overview-node">
      <Typography.Text strong={node.level !== 'county'}>{node.name}</Typography.Text>
      <Typography.Text type="secondary">
        {JURISDICTION_LEVEL_LABELS[node.level]} · {node.planCount} 个方案
      </Typography.Text>
    </span>
  ),
  children: node.children.map(toTreeNode),
});

/** All jurisdictions as a tree; choosing one opens its plans. */
export function JurisdictionOverview() {
  const query = useJurisdictions();
  const navigate = useNavigate();

  return (
    <Card title="辖区总览" size="small">
      <QueryState query={query} loadingText="正在加载辖区…">
        {(jurisdictions) =>
          jurisdictions.length === 0 ? (
            <Typography.Text type="secondary">暂无辖区数据，请先导入方案。</Typography.Text>
          ) : (
            <Tree
              blockNode
              defaultExpandAll
              selectable
              treeData={buildJurisdictionTree(jurisdictions).map(toTreeNode)}
              onSelect={(keys) => {
                const [code] = keys;
                if (code !== undefined) void navigate(`/j/${String(code)}`);
              }}
            />
          )
        }
      </QueryState>
    </Card>
  );
}
