import type { QueryClient } from '@tanstack/react-query';
import { noticesRootKey } from './keys';

/**
 * After a notice write: every notice list, and the user's notifications (issuing or answering
 * one notifies the other side, and the sender's own view may show it).
 */
export function invalidateNotices(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: noticesRootKey }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]);
}
