import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { taskScopeKey } from '../api/keys';

/** Re-reads the task and everything tracked about it (after a version conflict). */
export function useReloadTask(taskId: number): () => void {
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: taskScopeKey(taskId) }),
    [queryClient, taskId],
  );
}
