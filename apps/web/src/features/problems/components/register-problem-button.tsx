import { BugOutlined } from '@ant-design/icons';
import type { DepartmentResponse } from '@bizenv/shared';
import { Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { problemsRootKey } from '../api/keys';
import { ProblemFormDialog, type ProblemTaskOption } from './problem-form-dialog';

interface RegisterProblemButtonProps {
  task: ProblemTaskOption;
  /** Set for a department user: it registers its own 自查 problems. */
  asDepartmentId: number | null;
  departments: DepartmentResponse[];
}

/** 登记问题 from a task's page, the task preset. */
export function RegisterProblemButton({
  task,
  asDepartmentId,
  departments,
}: RegisterProblemButtonProps) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  return (
    <>
      <Button icon={<BugOutlined />} onClick={() => setOpen(true)}>
        登记问题
      </Button>
      {open && (
        <ProblemFormDialog
          asDepartmentId={asDepartmentId}
          departments={departments}
          tasks={[task]}
          presetTaskId={task.id}
          onClose={() => setOpen(false)}
          onReload={() => void queryClient.invalidateQueries({ queryKey: problemsRootKey })}
        />
      )}
    </>
  );
}
