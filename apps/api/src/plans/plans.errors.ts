import { AppError } from '../common/app-error.js';

export const planNotFound = () => new AppError('PLAN_NOT_FOUND');
