import { AppError } from '../common/app-error.js';

export const taskNotFound = () => new AppError('TASK_NOT_FOUND');
