import { DEPARTMENT_KIND_LABELS, DEPARTMENT_KINDS, type DepartmentResponse } from '@bizenv/shared';
import { Collapse, Flex, Tag, Typography } from 'antd';
import { useJurisdictionDepartments } from '../api/get-jurisdiction-departments';

function groupByKind(departments: DepartmentResponse[]) {
  return DEPARTMENT_KINDS.map((kind) => ({
    kind,
    departments: departments.filter((d) => d.kind === kind),
  })).filter((group) => group.departments.length > 0);
}

/** The units of a jurisdiction, by kind; folded by default so the plans stay on top. */
export function DepartmentDirectory({ code }: { code: string }) {
  const { data, isError } = useJurisdictionDepartments(code);
  if (isError || !data || data.length === 0) return null;

  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'departments',
          label: `责任单位（${data.length}个）`,
          children: (
            <Flex vertical gap={8}>
              {groupByKind(data).map((group) => (
                <div key={group.kind}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                    {DEPARTMENT_KIND_LABELS[group.kind]}
                  </Typography.Text>
                  {group.departments.map((d) => (
                    <Tag key={d.id} variant="outlined" className="dept-tag">
                      {d.name}
                    </Tag>
                  ))}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
