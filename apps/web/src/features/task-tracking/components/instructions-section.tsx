import { MessageOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useInstructions } from '../api/get-instructions';
import type { InstructionSubjectRef } from '../lib/instruction-subject';
import { InstructionDialog } from './instruction-dialog';
import { InstructionList } from './instruction-list';

interface InstructionsSectionProps {
  subject: InstructionSubjectRef;
  /** A leader of the subject's jurisdiction (the server checks again). */
  canWrite: boolean;
  /** The user's department when it is concerned and may acknowledge. */
  ownDepartmentId: number | null;
  onReload: () => void;
}

/**
 * 领导批示 of a subject with its own 批示 button: the notice page's block. (The task page puts the
 * button in its action bar and shows the list only once there is one.)
 */
export function InstructionsSection({
  subject,
  canWrite,
  ownDepartmentId,
  onReload,
}: InstructionsSectionProps) {
  const instructions = useInstructions(subject);
  const [writing, setWriting] = useState(false);
  if (instructions.isPending) return <LoadingState text="正在加载领导批示…" />;
  if (instructions.isError) {
    return <ErrorState error={instructions.error} onRetry={() => void instructions.refetch()} />;
  }
  return (
    <>
      <InstructionList
        subject={subject}
        instructions={instructions.data}
        ownDepartmentId={ownDepartmentId}
        onReload={onReload}
        extra={
          canWrite && (
            <Button size="small" icon={<MessageOutlined />} onClick={() => setWriting(true)}>
              批示
            </Button>
          )
        }
      />
      {writing && (
        <InstructionDialog
          open
          subject={subject}
          onClose={() => setWriting(false)}
          onReload={onReload}
        />
      )}
    </>
  );
}
