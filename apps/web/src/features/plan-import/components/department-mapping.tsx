import type { DepartmentResponse, PlanImportDepartmentName } from '@bizenv/shared';
import { DEPARTMENT_KIND_LABELS } from '@bizenv/shared';
import { Card, Select, Table, Tag } from 'antd';

const METHOD_LABELS: Record<PlanImportDepartmentName['method'], string> = {
  alias: '别名匹配',
  normalised: '简称匹配',
  fuzzy: '近似匹配',
  unknown: '未找到',
};

const NEW = 'new';

/**
 * Unit names the parser did not find exactly: the office maps each to an existing department of
 * the jurisdiction, or accepts it as a new department (created on commit).
 */
export function DepartmentMapping({
  names,
  departments,
  saving,
  onDecide,
}: {
  names: PlanImportDepartmentName[];
  departments: DepartmentResponse[];
  saving: boolean;
  onDecide: (name: string, departmentId: number | null) => void;
}) {
  if (names.length === 0) return null;
  const options = [
    { value: NEW, label: '作为新单位创建' },
    ...departments.map((d) => ({ value: String(d.id), label: d.name })),
  ];
  return (
    <Card size="small" title="单位对应">
      <Table<PlanImportDepartmentName>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={names}
        columns={[
          { title: '文件中的名称', dataIndex: 'name' },
          {
            title: '识别方式',
            render: (_, row) => (
              <Tag color={row.method === 'unknown' ? 'warning' : 'processing'}>
                {METHOD_LABELS[row.method]}
                {row.method === 'fuzzy' ? ` ${Math.round(row.score * 100)}%` : ''}
              </Tag>
            ),
          },
          {
            title: '处理',
            render: (_, row) =>
              row.decision.kind === 'new' ? (
                <Tag color="gold">
                  新单位（{DEPARTMENT_KIND_LABELS[row.decision.departmentKind]}）
                </Tag>
              ) : (
                <Tag color="green">已有单位</Tag>
              ),
          },
          {
            title: '对应到',
            render: (_, row) => (
              <Select
                aria-label={`${row.name} 对应到`}
                style={{ width: 260 }}
                showSearch={{ optionFilterProp: 'label' }}
                disabled={saving}
                value={row.decision.kind === 'new' ? NEW : undefined}
                placeholder="选择已有单位"
                options={options}
                onChange={(value: string) =>
                  onDecide(row.name, value === NEW ? null : Number(value))
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
