import { AppError } from '../common/app-error.js';

export const ledgerFileRequired = () => new AppError('LEDGER_FILE_REQUIRED');
export const ledgerTooLarge = () => new AppError('LEDGER_TOO_LARGE');
export const ledgerCorruptXlsx = () => new AppError('LEDGER_CORRUPT_XLSX');
export const ledgerWrongTemplate = () => new AppError('LEDGER_WRONG_TEMPLATE');
export const ledgerInvalid = () => new AppError('LEDGER_INVALID');
export const bulkProgressWrongTemplate = () => new AppError('BULK_PROGRESS_WRONG_TEMPLATE');
