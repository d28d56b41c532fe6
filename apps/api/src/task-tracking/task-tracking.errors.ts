import { AppError } from '../common/app-error.js';

export const versionConflict = () => new AppError('VERSION_CONFLICT');
export const invalidStatusTransition = () => new AppError('INVALID_STATUS_TRANSITION');
export const taskNotClosable = () => new AppError('TASK_NOT_CLOSABLE');
export const taskClosed = () => new AppError('TASK_CLOSED');
export const notLeadDepartment = () => new AppError('NOT_LEAD_DEPARTMENT');
export const leaderOfJurisdictionOnly = () => new AppError('LEADER_OF_JURISDICTION_ONLY');
export const notConcernedDepartment = () => new AppError('NOT_CONCERNED_DEPARTMENT');
export const closureRequestNotFound = () => new AppError('CLOSURE_REQUEST_NOT_FOUND');
export const changeRequestNotFound = () => new AppError('CHANGE_REQUEST_NOT_FOUND');
export const instructionNotFound = () => new AppError('INSTRUCTION_NOT_FOUND');
export const requestAlreadyDecided = () => new AppError('REQUEST_ALREADY_DECIDED');
export const changeRequestAlreadyPending = () => new AppError('CHANGE_REQUEST_ALREADY_PENDING');
export const instructionAlreadyAcknowledged = () =>
  new AppError('INSTRUCTION_ALREADY_ACKNOWLEDGED');
export const extensionDeadlineRequired = () => new AppError('EXTENSION_DEADLINE_REQUIRED');
export const extensionNotLater = () => new AppError('EXTENSION_NOT_LATER');
export const adjustmentEmpty = () => new AppError('ADJUSTMENT_EMPTY');
export const adjustmentDepartmentsInvalid = () => new AppError('ADJUSTMENT_DEPARTMENTS_INVALID');
export const noticeNotFound = () => new AppError('NOTICE_NOT_FOUND');
