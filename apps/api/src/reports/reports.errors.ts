import { AppError } from '../common/app-error.js';

export const reportNotFound = () => new AppError('REPORT_NOT_FOUND');
export const reportAlreadySubmitted = () => new AppError('REPORT_ALREADY_SUBMITTED');
export const reportAlreadyAccepted = () => new AppError('REPORT_ALREADY_ACCEPTED');
export const reportNotSubmitted = () => new AppError('REPORT_NOT_SUBMITTED');
export const completionRequired = () => new AppError('COMPLETION_REQUIRED');
export const workDoneRequired = () => new AppError('WORK_DONE_REQUIRED');
export const targetActualRequired = (metric: string) =>
  new AppError(
    'TARGET_ACTUAL_REQUIRED',
    `牵头部门报送时须填写每项量化目标的实际值（缺少：${metric}）`,
  );
export const targetNotOnTask = (targetId: number) =>
  new AppError('TARGET_NOT_ON_TASK', `目标 ${targetId} 不属于该任务`);
export const targetActualDuplicate = () => new AppError('TARGET_ACTUAL_DUPLICATE');
export const targetUnitMismatch = (unit: string) =>
  new AppError('TARGET_UNIT_MISMATCH', `实际值的单位须与目标的单位（${unit}）一致`);
export const targetActualsLeadOnly = () => new AppError('TARGET_ACTUALS_LEAD_ONLY');
export const periodInFuture = () => new AppError('PERIOD_IN_FUTURE');
export const reportPeriodLocked = (period: string) =>
  new AppError(
    'REPORT_PERIOD_LOCKED',
    `${period} 的通报已发布，该月报告已锁定，不能再填报、报送或审核；如需修改请联系营商办解锁`,
  );
export const taskNotOpen = () => new AppError('TASK_NOT_OPEN');
export const taskNotFound = () => new AppError('TASK_NOT_FOUND');
export const versionConflict = () => new AppError('VERSION_CONFLICT');
