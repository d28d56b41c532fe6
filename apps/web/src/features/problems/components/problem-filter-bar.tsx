import {
  INDICATORS,
  PROBLEM_SOURCE_LABELS,
  PROBLEM_SOURCES,
  PROBLEM_STATUS_LABELS,
  PROBLEM_STATUSES,
  type DepartmentResponse,
} from '@bizenv/shared';
import { Flex, Input, Select } from 'antd';
import type { ProblemFilters } from '../lib/problem-filters';

interface ProblemFilterBarProps {
  filters: ProblemFilters;
  onChange: (filters: ProblemFilters) => void;
  /** Offered as the owner filter; empty for a department user (it sees its own anyway). */
  departments: DepartmentResponse[];
  /** The task the list is narrowed to, by label ("1 推进企业开办…"), when one is. */
  taskLabel?: string;
}

/** Status, owner department, indicator, source, words; all kept in the URL. */
export function ProblemFilterBar({
  filters,
  onChange,
  departments,
  taskLabel,
}: ProblemFilterBarProps) {
  const set = (patch: Partial<ProblemFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex gap={8} wrap className="problem-filter-bar">
      <Select
        allowClear
        placeholder="全部状态"
        aria-label="按状态筛选"
        style={{ width: 120 }}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={PROBLEM_STATUSES.map((value) => ({ value, label: PROBLEM_STATUS_LABELS[value] }))}
      />
      {departments.length > 0 && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部责任部门"
          aria-label="按责任部门筛选"
          style={{ width: 200 }}
          value={filters.departmentId}
          onChange={(departmentId) => set({ departmentId })}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部指标"
        aria-label="按指标筛选"
        style={{ width: 170 }}
        value={filters.indicator}
        onChange={(indicator) => set({ indicator })}
        options={INDICATORS.map((i) => ({ value: i.code, label: i.name }))}
      />
      <Select
        allowClear
        placeholder="全部来源"
        aria-label="按来源筛选"
        style={{ width: 130 }}
        value={filters.source}
        onChange={(source) => set({ source })}
        options={PROBLEM_SOURCES.map((value) => ({ value, label: PROBLEM_SOURCE_LABELS[value] }))}
      />
      {filters.taskId !== undefined && (
        <Select
          allowClear
          aria-label="关联任务"
          style={{ width: 220 }}
          value={filters.taskId}
          onChange={() => set({ taskId: undefined })}
          options={[{ value: filters.taskId, label: taskLabel ?? `任务 #${filters.taskId}` }]}
        />
      )}
      <Input.Search
        allowClear
        placeholder="搜索问题、措施、任务"
        style={{ width: 220 }}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
      />
    </Flex>
  );
}
