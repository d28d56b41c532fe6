import { AlertOutlined } from '@ant-design/icons';
import type { DepartmentResponse } from '@bizenv/shared';
import { Button } from 'antd';
import { useState } from 'react';
import { CreateNoticeDialog, type NoticeTaskOption } from './create-notice-dialog';

interface CreateNoticeButtonProps {
  /** The task the notice is about, preset in the dialog. */
  task: NoticeTaskOption;
  /** Who may be addressed: the task's departments. */
  departments: DepartmentResponse[];
}

/** 下发督办 from a task's page (office). */
export function CreateNoticeButton({ task, departments }: CreateNoticeButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<AlertOutlined />} onClick={() => setOpen(true)}>
        督办
      </Button>
      {open && (
        <CreateNoticeDialog
          departments={departments}
          tasks={[task]}
          taskId={task.id}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
