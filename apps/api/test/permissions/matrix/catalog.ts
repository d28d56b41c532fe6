import { type RouteSpec, table } from '../support/spec.js';
import {
  DEPARTMENTS,
  OFFICE_WRITE,
  READ_CATALOG,
  READ_IN_JURISDICTION,
  READ_ON_TASK,
  READ_OVERVIEW,
  SIGNED_IN,
} from './profiles.js';
import { treeWithinScope } from './rows.js';

/** Jurisdictions, departments, plans, tasks, reporting settings and report status. */
export const CATALOG_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/jurisdictions',
    expect: table(SIGNED_IN, 200),
    scope: 'catalog',
    rows: (body, _actor, scope) =>
      (body as { code: string }[])
        .filter((jurisdiction) => !scope.catalog.has(jurisdiction.code))
        .map((jurisdiction) => `jurisdiction ${jurisdiction.code}`),
    send: () => ({ path: '/api/jurisdictions' }),
  },
  {
    route: 'GET /api/jurisdictions/:code',
    on: 'jurisdiction',
    expect: table(READ_CATALOG, 200),
    scope: 'catalog',
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/departments',
    on: 'jurisdiction',
    expect: table(READ_CATALOG, 200),
    scope: 'catalog',
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}/departments` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/plans',
    on: 'jurisdiction',
    expect: table(READ_IN_JURISDICTION, 200),
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}/plans` }),
  },
  {
    route: 'GET /api/plans/:id',
    on: 'plan',
    expect: table(READ_IN_JURISDICTION, 200),
    send: ({ o }) => ({ path: `/api/plans/${o.id}` }),
  },
  {
    route: 'GET /api/plans/:id/tasks',
    on: 'plan',
    expect: table(READ_IN_JURISDICTION, 200),
    rows: treeWithinScope,
    send: ({ o }) => ({ path: `/api/plans/${o.id}/tasks` }),
  },
  {
    route: 'GET /api/tasks/:id',
    on: 'task',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.id}` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/settings',
    on: 'jurisdiction',
    expect: table(READ_IN_JURISDICTION, 200),
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}/settings` }),
  },
  {
    route: 'PUT /api/jurisdictions/:code/settings',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE, 200),
    // A successful save sends the version it read; refused ones any well-formed version.
    send: async ({ o, site, success }) => {
      let version = 0;
      if (success && site) {
        const current = await (
          await site.office()
        ).get<{ version: number }>(`/api/jurisdictions/${o.id}/settings`);
        version = current.body.version;
      }
      return {
        path: `/api/jurisdictions/${o.id}/settings`,
        body: { reportDueDay: 12, reminderWorkingDays: 2, version },
      };
    },
  },
  {
    route: 'GET /api/jurisdictions/:code/report-status',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}/report-status?period=2025-06` }),
  },
  {
    route: 'GET /api/me/report-obligations',
    expect: table(DEPARTMENTS, 200),
    send: () => ({ path: '/api/me/report-obligations?period=2025-06' }),
  },
];
