import { AppError } from '../common/app-error.js';

export const jurisdictionNotFound = () => new AppError('JURISDICTION_NOT_FOUND');
