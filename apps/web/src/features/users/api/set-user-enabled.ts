import type { UserResponse } from '@bizenv/shared';
import { apiSend } from '@/lib/api-client';
import { useUserMutation } from './use-user-mutation';

/** POST /users/:id/disable (signs the user out everywhere) or /enable (also lifts a lockout). */
export const setUserEnabled = ({ id, enabled }: { id: number; enabled: boolean }) =>
  apiSend<UserResponse>('POST', `/users/${id}/${enabled ? 'enable' : 'disable'}`);

export const useSetUserEnabled = () => useUserMutation(setUserEnabled);
