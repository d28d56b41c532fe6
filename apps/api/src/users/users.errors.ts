import type { ApiErrorBody, PasswordProblem } from '@bizenv/shared';
import { AppError } from '../common/app-error.js';

export const userNotFound = () => new AppError('USER_NOT_FOUND');
export const usernameTaken = () => new AppError('USERNAME_TAKEN');
export const userDepartmentInvalid = () => new AppError('USER_DEPARTMENT_INVALID');
export const userRoleInvalid = () => new AppError('USER_ROLE_INVALID');
export const selfChangeNotAllowed = () => new AppError('SELF_CHANGE_NOT_ALLOWED');
export const userVersionConflict = () => new AppError('VERSION_CONFLICT');

/** 400 PASSWORD_TOO_WEAK, one detail per broken rule (the form shows them next to the field). */
export function passwordTooWeak(field: string, problems: PasswordProblem[]): AppError {
  const details: ApiErrorBody['details'] = problems.map((problem) => ({
    field,
    code: problem.code,
    message: problem.message,
  }));
  return new AppError(
    'PASSWORD_TOO_WEAK',
    problems.map((problem) => problem.message).join('；'),
    details,
  );
}
