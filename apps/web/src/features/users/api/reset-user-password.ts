import type { ResetPasswordRequest, UserResponse } from '@bizenv/shared';
import { apiSend } from '@/lib/api-client';
import { useUserMutation } from './use-user-mutation';

/** POST /users/:id/reset-password: signs the user out everywhere; a change is due at next sign-in. */
export const resetUserPassword = ({ id, body }: { id: number; body: ResetPasswordRequest }) =>
  apiSend<UserResponse>('POST', `/users/${id}/reset-password`, body);

export const useResetUserPassword = () => useUserMutation(resetUserPassword);
