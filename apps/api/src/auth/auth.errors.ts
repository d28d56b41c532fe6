import { AppError } from '../common/app-error.js';

export const loginFailed = () => new AppError('LOGIN_FAILED');
export const loginRequiresJson = () => new AppError('LOGIN_REQUIRES_JSON');
export const currentPasswordWrong = () => new AppError('CURRENT_PASSWORD_WRONG');
export const passwordUnchanged = () => new AppError('PASSWORD_UNCHANGED');
