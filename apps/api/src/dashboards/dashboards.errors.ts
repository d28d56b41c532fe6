import { AppError } from '../common/app-error.js';

export const asOfInvalid = () => new AppError('DASHBOARD_AS_OF_INVALID');
export const bucketInvalid = () => new AppError('DASHBOARD_BUCKET_INVALID');
export const periodInvalid = () => new AppError('DASHBOARD_PERIOD_INVALID');
export { jurisdictionNotFound } from '../access/access.errors.js';
