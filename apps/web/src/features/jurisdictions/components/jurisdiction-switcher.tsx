import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useJurisdictions } from '../api/get-jurisdictions';
import { buildJurisdictionTree, type JurisdictionNode } from '../lib/jurisdiction-tree';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOption = (node: JurisdictionNode): TreeOption => ({
  value: node.code,
  title: node.name,
  children: node.children.map(toOption),
});

export interface JurisdictionSwitcherProps {
  value: string | undefined;
  onChange: (code: string) => void;
  width?: number;
}

/** Picks a jurisdiction in the 省 > 市 > 县 tree; the caller keeps the choice in the URL. */
export function JurisdictionSwitcher({ value, onChange, width = 200 }: JurisdictionSwitcherProps) {
  const { data, isPending, isError } = useJurisdictions();
  const treeData = useMemo(() => buildJurisdictionTree(data ?? []).map(toOption), [data]);
  const known = value !== undefined && data?.some((j) => j.code === value);

  return (
    <TreeSelect<string>
      aria-label="切换辖区"
      className="jurisdiction-switcher"
      style={{ width }}
      value={known ? value : undefined}
      placeholder={isError ? '辖区加载失败' : '选择辖区'}
      status={isError ? 'error' : undefined}
      loading={isPending}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      placement="bottomRight"
      onChange={(code) => {
        if (code) onChange(code);
      }}
      notFoundContent="无匹配辖区"
    />
  );
}
