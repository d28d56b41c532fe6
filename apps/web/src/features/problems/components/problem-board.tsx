import { PlusOutlined } from '@ant-design/icons';
import {
  chinaDateOf,
  type DepartmentResponse,
  type ProblemResponse,
  type SessionUser,
} from '@bizenv/shared';
import { App, Button, Flex } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useProblem } from '../api/get-problem';
import { useProblems } from '../api/get-problems';
import { problemsRootKey } from '../api/keys';
import { useProblemFilters } from '../hooks/use-problem-filters';
import { filterProblems, serverQuery } from '../lib/problem-filters';
import { canCreateProblem, problemActions, type ProblemAction } from '../lib/problem-permissions';
import { DecideProblemDialog } from './decide-problem-dialog';
import { ProblemFilterBar } from './problem-filter-bar';
import { ProblemFormDialog, type ProblemTaskOption } from './problem-form-dialog';
import { ProblemTable } from './problem-table';
import { RectifyDialog } from './rectify-dialog';
import '../problems.css';

interface ProblemBoardProps {
  user: SessionUser;
  departments: DepartmentResponse[];
  /** Tasks a new problem may be registered on (a department: its own). */
  tasks: ProblemTaskOption[];
}

type Open = { action: ProblemAction; problem: ProblemResponse } | { action: 'create' };

/** Edits need the evidence list, which only the detail carries: load it, then open the dialog. */
function EditHost({
  open,
  user,
  departments,
  tasks,
  onClose,
  onReload,
}: {
  open: { action: 'edit' | 'rectify'; problem: ProblemResponse };
  user: SessionUser;
  departments: DepartmentResponse[];
  tasks: ProblemTaskOption[];
  onClose: () => void;
  onReload: () => void;
}) {
  const query = useProblem(open.problem.id);
  const { message } = App.useApp();
  useEffect(() => {
    if (query.isError) {
      void message.error(query.error.message);
      onClose();
    }
  }, [query.isError, query.error, message, onClose]);
  if (!query.data) return null;
  return open.action === 'rectify' ? (
    <RectifyDialog problem={query.data} onClose={onClose} onReload={onReload} />
  ) : (
    <ProblemFormDialog
      problem={query.data}
      asDepartmentId={user.role === 'department' ? user.departmentId : null}
      departments={departments}
      tasks={tasks}
      onClose={onClose}
      onReload={onReload}
    />
  );
}

/** 问题清单 / 整改清单: filters, the list, and the writes the user's role allows. */
export function ProblemBoard({ user, departments, tasks }: ProblemBoardProps) {
  const [filters, setFilters] = useProblemFilters();
  const query = useProblems(serverQuery(filters));
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open | null>(null);
  const today = chinaDateOf(new Date());
  const shown = useMemo(() => filterProblems(query.data ?? [], filters), [query.data, filters]);
  const close = () => setOpen(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: problemsRootKey });
  const department = user.role === 'department';
  const task = tasks.find((t) => t.id === filters.taskId);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="flex-start">
        <ProblemFilterBar
          filters={filters}
          onChange={setFilters}
          departments={department ? [] : departments}
          taskLabel={task ? `${task.code} ${task.title}` : undefined}
        />
        {canCreateProblem(user) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen({ action: 'create' })}
          >
            登记问题
          </Button>
        )}
      </Flex>
      {query.isPending ? (
        <LoadingState text="正在加载问题清单…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ProblemTable
          problems={shown}
          today={today}
          actionsOf={(p) => problemActions(user, p)}
          onAction={(problem, action) => setOpen({ action, problem })}
        />
      )}
      {open?.action === 'create' && (
        <ProblemFormDialog
          asDepartmentId={department ? user.departmentId : null}
          departments={departments}
          tasks={tasks}
          presetTaskId={filters.taskId}
          onClose={close}
          onReload={reload}
        />
      )}
      {(open?.action === 'edit' || open?.action === 'rectify') && (
        <EditHost
          open={{ action: open.action, problem: open.problem }}
          user={user}
          departments={departments}
          tasks={tasks}
          onClose={close}
          onReload={reload}
        />
      )}
      {(open?.action === 'close' || open?.action === 'reopen') && (
        <DecideProblemDialog
          problem={open.problem}
          decision={open.action}
          onClose={close}
          onReload={reload}
        />
      )}
    </Flex>
  );
}
