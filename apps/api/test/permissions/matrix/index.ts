import type { RouteSpec } from '../support/spec.js';
import { ACCOUNT_ROUTES } from './accounts.js';
import { ASSESSMENT_ROUTES } from './assessment.js';
import { BULLETIN_ROUTES } from './bulletins.js';
import { CATALOG_ROUTES } from './catalog.js';
import { DASHBOARD_ROUTES } from './dashboards.js';
import { LEDGER_ROUTES } from './ledgers.js';
import { PLAN_IMPORT_ROUTES } from './plan-import.js';
import { PROBLEM_NOTICE_ROUTES } from './problems-notices.js';
import { REPORT_ROUTES } from './reports.js';
import { TRACKING_ROUTES } from './tracking.js';

/** The matrix by feature; every route the server answers must appear in it exactly once. */
export const MATRIX_GROUPS: { name: string; routes: RouteSpec[] }[] = [
  { name: 'health, docs, sign-in, users, audit log, calendar', routes: ACCOUNT_ROUTES },
  { name: 'jurisdictions, plans, tasks, settings, report status', routes: CATALOG_ROUTES },
  { name: 'task tracking and instructions', routes: TRACKING_ROUTES },
  { name: 'monthly reports and evidence files', routes: REPORT_ROUTES },
  { name: 'problems, notices, notifications', routes: PROBLEM_NOTICE_ROUTES },
  { name: 'dashboards, roll-ups and drill-downs', routes: DASHBOARD_ROUTES },
  { name: 'year-end assessment', routes: ASSESSMENT_ROUTES },
  { name: 'bulletins and report locks', routes: BULLETIN_ROUTES },
  { name: 'plan document import', routes: PLAN_IMPORT_ROUTES },
  { name: 'Excel ledgers', routes: LEDGER_ROUTES },
];

export const MATRIX: RouteSpec[] = MATRIX_GROUPS.flatMap((group) => group.routes);
