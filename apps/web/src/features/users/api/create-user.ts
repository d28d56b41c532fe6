import type { CreateUserRequest, UserResponse } from '@bizenv/shared';
import { apiSend } from '@/lib/api-client';
import { useUserMutation } from './use-user-mutation';

/** POST /users: the new user must change the initial password at first sign-in. */
export const createUser = (body: CreateUserRequest) =>
  apiSend<UserResponse>('POST', '/users', body);

export const useCreateUser = () => useUserMutation(createUser);
