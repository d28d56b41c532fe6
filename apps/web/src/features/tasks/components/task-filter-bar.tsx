import type { IndicatorCode } from '@bizenv/shared';
import { Col, Input, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { DeadlineFilter, Option, TaskFilters } from '../lib/task-filters';
import '../tasks.css';

interface TaskFilterBarProps {
  filters: TaskFilters;
  onChange: (patch: Partial<TaskFilters>, options?: { replace?: boolean }) => void;
  indicators: Option<IndicatorCode>[];
  departments: Option<number>[];
  deadlines: Option<DeadlineFilter>[];
}

const withCount = <T,>(options: Option<T>[]) =>
  options.map((o) => ({ value: o.value, label: `${o.label}（${o.count}）`, name: o.label }));

/** Search and filters of a plan's tasks; the values live in the URL (see useTaskFilters). */
export function TaskFilterBar(props: TaskFilterBarProps) {
  const { filters, onChange } = props;
  // Local text so typing stays smooth; the URL follows on every change without new history entries.
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);

  return (
    <div className="task-filter-bar" role="search" aria-label="筛选任务">
      <Row gutter={[8, 8]} align="middle">
        <Col xs={24} md={12} xl={6}>
          <Input.Search
            allowClear
            aria-label="搜索任务"
            placeholder="搜索编号、标题、正文"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              onChange({ q: event.target.value }, { replace: true });
            }}
            onSearch={(value) => onChange({ q: value }, { replace: true })}
          />
        </Col>
        <Col xs={24} sm={12} md={12} xl={6}>
          <Select<IndicatorCode>
            allowClear
            aria-label="按指标筛选"
            placeholder="全部指标"
            style={{ width: '100%' }}
            value={filters.indicator ?? undefined}
            options={withCount(props.indicators)}
            onChange={(value) => onChange({ indicator: value ?? null })}
            notFoundContent="本方案任务未关联指标"
          />
        </Col>
        <Col xs={24} sm={12} md={12} xl={6}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'name' }}
            aria-label="按责任单位筛选"
            placeholder="全部单位（牵头或配合）"
            style={{ width: '100%' }}
            value={filters.departmentId ?? undefined}
            options={withCount(props.departments)}
            onChange={(value) => onChange({ departmentId: value ?? null })}
            notFoundContent="无匹配单位"
          />
        </Col>
        <Col xs={24} sm={12} md={12} xl={6}>
          <Select<DeadlineFilter>
            allowClear
            aria-label="按完成时限筛选"
            placeholder="全部时限（按截止月份）"
            style={{ width: '100%' }}
            value={filters.deadline ?? undefined}
            options={withCount(props.deadlines)}
            onChange={(value) => onChange({ deadline: value ?? null })}
          />
        </Col>
      </Row>
    </div>
  );
}
