import type { UpdateUserRequest, UserResponse } from '@bizenv/shared';
import { apiSend } from '@/lib/api-client';
import { useUserMutation } from './use-user-mutation';

/** PATCH /users/:id: name, role, department, with the version read. */
export const updateUser = ({ id, body }: { id: number; body: UpdateUserRequest }) =>
  apiSend<UserResponse>('PATCH', `/users/${id}`, body);

export const useUpdateUser = () => useUserMutation(updateUser);
