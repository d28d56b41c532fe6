import type { UserResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usersQueryKey } from './list-users';

/** Every user write answers the changed user; the list is re-read after it. */
export function useUserMutation<TInput>(request: (input: TInput) => Promise<UserResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
