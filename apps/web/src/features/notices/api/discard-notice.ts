import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateNotices } from './invalidate';

export function discardNotice(id: number): Promise<void> {
  return apiSend<void>('DELETE', `/notices/${id}`);
}

/** The office discards a draft it will not issue. */
export function useDiscardNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardNotice,
    onSuccess: () => invalidateNotices(queryClient),
  });
}
