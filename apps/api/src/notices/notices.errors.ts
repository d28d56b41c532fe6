import { AppError } from '../common/app-error.js';

export const noticeNotFound = () => new AppError('NOTICE_NOT_FOUND');
export const noticeStatusInvalid = () => new AppError('NOTICE_STATUS_INVALID');
export const noticeNotDraft = () => new AppError('NOTICE_NOT_DRAFT');
export const noticeNotEditable = () => new AppError('NOTICE_NOT_EDITABLE');
export const noticeDepartmentInvalid = () => new AppError('NOTICE_DEPARTMENT_INVALID');
export const noticeSubjectInvalid = () => new AppError('NOTICE_SUBJECT_INVALID');
export const noticeDueDateInvalid = () => new AppError('NOTICE_DUE_DATE_INVALID');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
export const forbidden = () => new AppError('FORBIDDEN');
