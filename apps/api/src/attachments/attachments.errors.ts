import { AppError } from '../common/app-error.js';

export const attachmentNotFound = () => new AppError('ATTACHMENT_NOT_FOUND');
export const attachmentRequired = () => new AppError('ATTACHMENT_REQUIRED');
export const attachmentTooLarge = (maxMb: number) =>
  new AppError('ATTACHMENT_TOO_LARGE', `文件过大：单个文件不能超过 ${maxMb} MB`);
export const attachmentTypeNotAllowed = () => new AppError('ATTACHMENT_TYPE_NOT_ALLOWED');
export const attachmentNameInvalid = () => new AppError('ATTACHMENT_NAME_INVALID');
export const attachmentNotUsable = () => new AppError('ATTACHMENT_NOT_USABLE');
