import { AppError } from '../common/app-error.js';

export const auditExportTooLarge = () => new AppError('AUDIT_EXPORT_TOO_LARGE');

/** `to` before `from`: a per-field validation error like the DTO's own. */
export const auditDateRangeInvalid = () =>
  new AppError('VALIDATION_FAILED', undefined, [
    { field: 'to', code: 'dateRange', message: '截止日期不能早于起始日期' },
  ]);
