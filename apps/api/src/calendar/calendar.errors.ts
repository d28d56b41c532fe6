import type { ApiErrorBody } from '@bizenv/shared';
import { AppError } from '../common/app-error.js';

export const holidayYearInvalid = (details: ApiErrorBody['details']) =>
  new AppError('HOLIDAY_YEAR_INVALID', undefined, details);
export const holidayYearConflict = () => new AppError('HOLIDAY_YEAR_CONFLICT');
export const holidayYearNotOverridden = () => new AppError('HOLIDAY_YEAR_NOT_OVERRIDDEN');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
