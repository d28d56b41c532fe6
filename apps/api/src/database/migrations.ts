import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema.js';
import { Accounts1764000000000 } from './migrations/1764000000000-accounts.js';
import { Assessment1764400000000 } from './migrations/1764400000000-assessment.js';
import { AuditLog1764000100000 } from './migrations/1764000100000-audit-log.js';
import { Dashboards1764100000000 } from './migrations/1764100000000-dashboards.js';
import { DashboardSpeed1764100100000 } from './migrations/1764100100000-dashboard-speed.js';
import { ProblemsNoticesNotifications1764000400000 } from './migrations/1764000400000-problems-notices-notifications.js';
import { TaskTracking1764000200000 } from './migrations/1764000200000-task-tracking.js';
import { TaskTrackingLinks1764000500000 } from './migrations/1764000500000-task-tracking-links.js';
import { MonthlyReports1764000300000 } from './migrations/1764000300000-monthly-reports.js';
import { Security1764500000000 } from './migrations/1764500000000-security.js';
import { Bulletins1764300000000 } from './migrations/1764300000000-bulletins.js';
import { PlanImportDrafts1764700000000 } from './migrations/1764700000000-plan-import-drafts.js';

/** Every migration in order, as classes (no globs: the same list works from src and dist). */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  Accounts1764000000000,
  AuditLog1764000100000,
  TaskTracking1764000200000,
  MonthlyReports1764000300000,
  ProblemsNoticesNotifications1764000400000,
  TaskTrackingLinks1764000500000,
  Dashboards1764100000000,
  DashboardSpeed1764100100000,
  Bulletins1764300000000,
  Assessment1764400000000,
  Security1764500000000,
  PlanImportDrafts1764700000000,
];
