import { AppError } from '../common/app-error.js';

export const planImportTooLarge = () => new AppError('PLAN_IMPORT_TOO_LARGE');
export const planImportUnsupportedType = () => new AppError('PLAN_IMPORT_UNSUPPORTED_TYPE');
export const planImportCorruptDocx = () => new AppError('PLAN_IMPORT_CORRUPT_DOCX');
export const planImportEmpty = () => new AppError('PLAN_IMPORT_EMPTY');
export const planImportNotAPlan = () => new AppError('PLAN_IMPORT_NOT_A_PLAN');
export const planImportNotFound = () => new AppError('PLAN_IMPORT_NOT_FOUND');
export const planImportInvalidEdit = () => new AppError('PLAN_IMPORT_INVALID_EDIT');
export const planImportPlanExists = () => new AppError('PLAN_IMPORT_PLAN_EXISTS');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
