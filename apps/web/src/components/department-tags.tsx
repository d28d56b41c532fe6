import type { DepartmentResponse } from '@bizenv/shared';
import { Tag, Typography } from 'antd';
import './department-tags.css';

interface DepartmentTagsProps {
  departments: DepartmentResponse[];
  /** Lead units are emphasised; support units are quiet. */
  role: 'lead' | 'support';
  /** Show at most this many, then "等N个". */
  max?: number;
  emptyText?: string;
}

export function DepartmentTags({ departments, role, max, emptyText = '—' }: DepartmentTagsProps) {
  if (departments.length === 0) {
    return <Typography.Text type="secondary">{emptyText}</Typography.Text>;
  }
  const shown = max === undefined ? departments : departments.slice(0, max);
  const hidden = departments.length - shown.length;
  return (
    <span className={`dept-tags dept-tags--${role}`}>
      {shown.map((department) => (
        <Tag
          key={department.id}
          color={role === 'lead' ? 'blue' : undefined}
          variant={role === 'lead' ? 'filled' : 'outlined'}
          className={role === 'lead' ? 'dept-tag dept-tag--lead' : 'dept-tag'}
          title={role === 'lead' ? `${department.name}（牵头）` : `${department.name}（配合）`}
        >
          {department.name}
        </Tag>
      ))}
      {hidden > 0 && (
        <Typography.Text
          type="secondary"
          title={departments
            .slice(shown.length)
            .map((d) => d.name)
            .join('、')}
        >
          等{departments.length}个
        </Typography.Text>
      )}
    </span>
  );
}
