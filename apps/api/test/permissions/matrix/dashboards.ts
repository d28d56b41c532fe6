import { type RouteSpec, table } from '../support/spec.js';
import { READ_OVERVIEW } from './profiles.js';

/**
 * Jurisdiction dashboards, roll-ups and drill-downs: the jurisdiction's office and leaders and
 * the offices, leaders and viewers above it; department users (their workspace instead) and the
 * administrator are refused (403), other jurisdictions answer 404.
 */
export const DASHBOARD_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/dashboards/jurisdictions/:code',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/dashboards/jurisdictions/${o.id}` }),
  },
  {
    route: 'GET /api/dashboards/jurisdictions/:code/rollup',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/dashboards/jurisdictions/${o.id}/rollup?asOf=2025-06` }),
  },
  {
    route: 'GET /api/dashboards/jurisdictions/:code/tasks',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/dashboards/jurisdictions/${o.id}/tasks?bucket=overdue` }),
  },
  {
    route: 'GET /api/dashboards/jurisdictions/:code/reports',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({
      path: `/api/dashboards/jurisdictions/${o.id}/reports?asOf=2025-06-30&state=missing`,
    }),
  },
];
