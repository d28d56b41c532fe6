import type { QueryClient } from '@tanstack/react-query';
import { problemsRootKey } from './keys';

/**
 * After a problem write: every problem list and detail, and the notifications (registering a
 * problem notifies the owner department).
 */
export function invalidateProblems(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: problemsRootKey }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]);
}
