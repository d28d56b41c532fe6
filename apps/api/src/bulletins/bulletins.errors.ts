import { AppError } from '../common/app-error.js';

export const bulletinNotFound = () => new AppError('BULLETIN_NOT_FOUND');
export const bulletinPeriodInvalid = () => new AppError('BULLETIN_PERIOD_INVALID');
export const bulletinAlreadyPublished = () => new AppError('BULLETIN_ALREADY_PUBLISHED');
export const bulletinNotPublished = () => new AppError('BULLETIN_NOT_PUBLISHED');
export const bulletinPeriodNotLocked = () => new AppError('BULLETIN_PERIOD_NOT_LOCKED');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
