import { AppError } from '../common/app-error.js';

export const notificationNotFound = () => new AppError('NOTIFICATION_NOT_FOUND');
