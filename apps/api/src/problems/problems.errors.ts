import { AppError } from '../common/app-error.js';

export const problemNotFound = () => new AppError('PROBLEM_NOT_FOUND');
export const problemSubjectInvalid = () => new AppError('PROBLEM_SUBJECT_INVALID');
export const problemDepartmentInvalid = () => new AppError('PROBLEM_DEPARTMENT_INVALID');
export const problemSourceForbidden = () => new AppError('PROBLEM_SOURCE_FORBIDDEN');
export const problemNotRectified = () => new AppError('PROBLEM_NOT_RECTIFIED');
export const problemClosed = () => new AppError('PROBLEM_CLOSED');
export const problemFieldForbidden = () => new AppError('PROBLEM_FIELD_FORBIDDEN');
export const problemMeasureRequired = () => new AppError('PROBLEM_MEASURE_REQUIRED');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
export const forbidden = () => new AppError('FORBIDDEN');
