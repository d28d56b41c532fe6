import { ASSESSMENT_ERRORS } from './errors/assessment.errors.js';
import { ATTACHMENTS_ERRORS } from './errors/attachments.errors.js';
import { AUDIT_ERRORS } from './errors/audit.errors.js';
import { AUTH_ERRORS } from './errors/auth.errors.js';
import { BULK_PROGRESS_ERRORS } from './errors/bulk-progress.errors.js';
import { BULLETINS_ERRORS } from './errors/bulletins.errors.js';
import { CALENDAR_ERRORS } from './errors/calendar.errors.js';
import { CATALOG_ERRORS } from './errors/catalog.errors.js';
import { COMMON_ERRORS } from './errors/common.errors.js';
import { DASHBOARDS_ERRORS } from './errors/dashboards.errors.js';
import { LEDGERS_ERRORS } from './errors/ledgers.errors.js';
import { NOTICES_ERRORS } from './errors/notices.errors.js';
import { PLAN_IMPORT_ERRORS } from './errors/plan-import.errors.js';
import { PROBLEMS_ERRORS } from './errors/problems.errors.js';
import { REPORTS_ERRORS } from './errors/reports.errors.js';
import { SECURITY_ERRORS } from './errors/security.errors.js';
import { TASK_TRACKING_ERRORS } from './errors/task-tracking.errors.js';

/**
 * Stable, machine-readable error codes with the Chinese message users read.
 * Clients switch on `code`; the API maps each code to an HTTP status in one place.
 * Each feature lists its codes in its own file under `errors/`.
 */
export const ERROR_CODES = {
  ...COMMON_ERRORS,
  ...CATALOG_ERRORS,
  ...AUTH_ERRORS,
  ...TASK_TRACKING_ERRORS,
  ...REPORTS_ERRORS,
  ...ATTACHMENTS_ERRORS,
  ...PROBLEMS_ERRORS,
  ...NOTICES_ERRORS,
  ...AUDIT_ERRORS,
  ...CALENDAR_ERRORS,
  ...SECURITY_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...BULLETINS_ERRORS,
  ...DASHBOARDS_ERRORS,
  ...PLAN_IMPORT_ERRORS,
  ...LEDGERS_ERRORS,
  ...BULK_PROGRESS_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Body of every error response. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field problems for VALIDATION_FAILED. */
  details?: { field: string; code: string; message: string }[];
  requestId?: string;
}
