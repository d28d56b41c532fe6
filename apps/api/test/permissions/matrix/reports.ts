import { pdfForm } from '../support/fixtures.js';
import { type RouteSpec, seenBy, table } from '../support/spec.js';
import {
  BUSINESS_READERS,
  DEPARTMENT_WRITE,
  LEAD_OWN_WRITE,
  OFFICE_WRITE,
  READ_LEAD_DEPARTMENTS,
  READ_LEAD_REPORT,
  READ_ON_TASK_NO_ADMIN,
  UPLOADERS,
} from './profiles.js';
import { filteredBy, ownDepartmentOnly } from './rows.js';

const reportDepartment = ownDepartmentOnly(
  (report: { departmentId: number }) => report.departmentId,
);

/** Monthly reports, their review, and evidence files. */
export const REPORT_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/reports',
    expect: table(BUSINESS_READERS, 200),
    rows: reportDepartment,
    list: {
      kind: 'report',
      ids: (body) => (body as { items: { id: number }[] }).items.map((report) => report.id),
      visible: seenBy(READ_LEAD_REPORT),
    },
    probes: filteredBy('/api/reports?limit=500', ['taskId', 'departmentId', 'jurisdictionCode']),
    send: () => ({ path: '/api/reports?limit=500' }),
  },
  {
    route: 'GET /api/reports/:id',
    on: 'report',
    expect: table(READ_LEAD_REPORT, 200),
    send: ({ o }) => ({ path: `/api/reports/${o.id}` }),
  },
  {
    route: 'GET /api/tasks/:id/reports',
    on: 'task',
    expect: table(READ_ON_TASK_NO_ADMIN, 200),
    rows: reportDepartment,
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/reports` }),
  },
  {
    route: 'PUT /api/tasks/:id/reports/:period',
    on: 'task',
    expect: table(DEPARTMENT_WRITE, 200),
    // Each cell a month of its own: a month's report exists once per task and department.
    send: ({ o, fx }) => ({
      path: `/api/tasks/${o.id}/reports/${fx.nextPeriod()}`,
      body: { workDone: '本月完成既定工作', completionPercent: 30 },
    }),
  },
  {
    route: 'POST /api/reports/:id/submit',
    on: 'draftReport',
    usesUp: true,
    expect: table(LEAD_OWN_WRITE, 200),
    send: ({ o }) => ({ path: `/api/reports/${o.id}/submit`, body: { version: o.version } }),
  },
  {
    route: 'POST /api/reports/:id/accept',
    on: 'report',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({ path: `/api/reports/${o.id}/accept`, body: { version: o.version } }),
  },
  {
    route: 'POST /api/reports/:id/return',
    on: 'report',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/reports/${o.id}/return`,
      body: { reason: '请补充佐证', version: o.version },
    }),
  },

  // ---- evidence files: whoever may read the report they belong to --------------------------
  {
    route: 'POST /api/attachments',
    expect: table(UPLOADERS, 201),
    scope: 'none',
    send: () => ({ path: '/api/attachments', form: pdfForm }),
  },
  {
    route: 'GET /api/attachments/:id',
    on: 'attachment',
    expect: table(READ_LEAD_DEPARTMENTS, 200),
    send: ({ o }) => ({ path: `/api/attachments/${o.id}` }),
  },
  {
    route: 'GET /api/attachments/:id/download',
    on: 'attachment',
    expect: table(READ_LEAD_DEPARTMENTS, 200),
    scope: 'none',
    send: ({ o }) => ({ path: `/api/attachments/${o.id}/download` }),
  },
];
