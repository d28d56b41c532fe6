import type { PlanSectionResponse, TaskResponse } from '@bizenv/shared';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { QueryState } from '@/components/query-state';
import { usePlanTasks } from '../api/get-plan-tasks';
import { useTaskFilters } from '../hooks/use-task-filters';
import { groupTasksBySection } from '../lib/group-tasks';
import {
  deadlineOptions,
  departmentOptions,
  filterTasks,
  hasActiveFilters,
  indicatorOptions,
} from '../lib/task-filters';
import { familyTargets, indexSections } from '../lib/task-tree';
import { TaskFilterBar } from './task-filter-bar';
import { TaskGroups } from './task-groups';

interface TaskBoardProps {
  planId: number;
  sections: PlanSectionResponse[];
}

function Board({ tasks, sections }: { tasks: TaskResponse[]; sections: PlanSectionResponse[] }) {
  const { filters, setFilters, clearFilters } = useTaskFilters();
  const index = useMemo(() => indexSections(sections), [sections]);
  const options = useMemo(
    () => ({
      indicators: indicatorOptions(tasks, index),
      departments: departmentOptions(tasks),
      deadlines: deadlineOptions(tasks),
    }),
    [tasks, index],
  );
  const shown = useMemo(() => filterTasks(tasks, filters, index), [tasks, filters, index]);
  const groups = useMemo(() => groupTasksBySection(shown, sections), [shown, sections]);
  const active = hasActiveFilters(filters);
  const withTargets = useMemo(() => tasks.some((task) => familyTargets(task).length > 0), [tasks]);
  const summary = (
    <Flex align="center" gap={8}>
      <Typography.Text type="secondary" aria-live="polite">
        {active
          ? `共 ${tasks.length} 项任务，符合条件 ${shown.length} 项`
          : `共 ${tasks.length} 项任务`}
      </Typography.Text>
      {active && (
        <Button type="link" size="small" onClick={clearFilters}>
          清除筛选
        </Button>
      )}
    </Flex>
  );

  if (tasks.length === 0) {
    return <Empty description="该方案暂无任务" />;
  }
  return (
    <>
      <TaskFilterBar filters={filters} onChange={setFilters} {...options} />
      {groups.length > 0 ? (
        <TaskGroups groups={groups} summary={summary} withTargets={withTargets} />
      ) : (
        <Empty description="没有符合筛选条件的任务" style={{ padding: '24px 0' }}>
          <Button onClick={clearFilters}>清除筛选</Button>
        </Empty>
      )}
    </>
  );
}

/** The plan's tasks with search and filters, grouped by section in the plan's order. */
export function TaskBoard({ planId, sections }: TaskBoardProps) {
  const query = usePlanTasks(planId);
  return (
    <Card size="small" title="任务清单" className="task-board">
      <QueryState query={query} loadingText="正在加载任务…">
        {(tasks) => <Board tasks={tasks} sections={sections} />}
      </QueryState>
    </Card>
  );
}
