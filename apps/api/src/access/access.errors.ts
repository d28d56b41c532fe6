import { AppError } from '../common/app-error.js';

export const unauthenticated = () => new AppError('UNAUTHENTICATED');
export const sessionExpired = () => new AppError('SESSION_EXPIRED');
export const forbidden = () => new AppError('FORBIDDEN');
export const csrfTokenInvalid = () => new AppError('CSRF_TOKEN_INVALID');
export const passwordChangeRequired = () => new AppError('PASSWORD_CHANGE_REQUIRED');
export const jurisdictionNotFound = () => new AppError('JURISDICTION_NOT_FOUND');
export const taskNotFound = () => new AppError('TASK_NOT_FOUND');
