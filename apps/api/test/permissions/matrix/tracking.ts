import { randomUUID } from 'node:crypto';
import type { ActorKey } from '../support/actors.js';
import { uploadPdf } from '../support/fixtures.js';
import type { SiteKey } from '../support/sites.js';
import { type Call, type RouteSpec, table } from '../support/spec.js';
import {
  BUSINESS_READERS,
  DEPARTMENT_WRITE,
  LEAD_ONLY_WRITE,
  LEADER_WRITE,
  OFFICE_WRITE,
  READ_LEAD_DEPARTMENTS,
  READ_ON_TASK,
} from './profiles.js';
import { ownDepartmentOnly } from './rows.js';

/**
 * The request inboxes list the requests of the reader's own jurisdiction (where its office
 * decides them; a department only its own department's); a city's readers may also see its
 * counties' or not.
 */
function inInbox(actor: ActorKey, site: SiteKey): boolean | null {
  const cityReader = actor === 'city' || actor === 'viewer';
  if (cityReader && (site === 'L' || site === 'M')) return null;
  return (
    (site === 'L' && ['office', 'leader', 'lead'].includes(actor)) ||
    (site === 'M' && actor === 'county') ||
    (site === 'C' && cityReader)
  );
}

/** Evidence for a successful request: the caller's own upload (anything else is never looked at). */
async function evidence({ actor, success, baseUrl }: Call): Promise<string> {
  if (!success || !actor.client) return randomUUID();
  const uploaded = await uploadPdf(baseUrl, actor.client);
  if (uploaded.status !== 201) throw new Error(`upload for a closure request: ${uploaded.status}`);
  return uploaded.body.id;
}

const requestDepartment = ownDepartmentOnly(
  (request: { department: { id: number } }) => request.department.id,
);

/** Status changes, closure and change requests, instructions and the task timeline. */
export const TRACKING_ROUTES: RouteSpec[] = [
  {
    route: 'POST /api/tasks/:id/status',
    on: 'task',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/tasks/${o.id}/status`,
      body: { status: 'in_progress', reason: '已启动推进', version: o.version },
    }),
  },
  {
    route: 'GET /api/tasks/:id/events',
    on: 'task',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/events` }),
  },

  // ---- closure (销号) ---------------------------------------------------------------------
  {
    route: 'POST /api/tasks/:id/closure-requests',
    on: 'task',
    usesUp: true,
    expect: table(LEAD_ONLY_WRITE, 201),
    send: async (call) => ({
      path: `/api/tasks/${call.o.id}/closure-requests`,
      body: { note: '任务已完成', attachmentIds: [await evidence(call)], version: call.o.version },
    }),
  },
  {
    route: 'GET /api/tasks/:id/closure-requests',
    on: 'closureRequest',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.taskId}/closure-requests` }),
  },
  {
    route: 'GET /api/closure-requests',
    expect: table(BUSINESS_READERS, 200),
    rows: requestDepartment,
    list: {
      kind: 'closureRequest',
      ids: (body) => (body as { id: number }[]).map((r) => r.id),
      visible: inInbox,
    },
    send: () => ({ path: '/api/closure-requests' }),
  },
  {
    route: 'POST /api/closure-requests/:id/approve',
    on: 'closureRequest',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/closure-requests/${o.id}/approve`,
      body: { version: o.version },
    }),
  },
  {
    route: 'POST /api/closure-requests/:id/reject',
    on: 'closureRequest',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/closure-requests/${o.id}/reject`,
      body: { reason: '佐证材料不足', version: o.version },
    }),
  },

  // ---- extension and adjustment (延期/调整) -----------------------------------------------
  {
    route: 'POST /api/tasks/:id/change-requests',
    on: 'task',
    usesUp: true,
    expect: table(LEAD_ONLY_WRITE, 201),
    send: ({ o }) => ({
      path: `/api/tasks/${o.id}/change-requests`,
      body: {
        kind: 'extension',
        reason: '施工受阻',
        proposedDeadlineDate: '2099-12-31',
        proposedDeadlinePrinted: '2099年底前',
      },
    }),
  },
  {
    route: 'GET /api/tasks/:id/change-requests',
    on: 'changeRequest',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.taskId}/change-requests` }),
  },
  {
    route: 'GET /api/change-requests',
    expect: table(BUSINESS_READERS, 200),
    rows: requestDepartment,
    list: {
      kind: 'changeRequest',
      ids: (body) => (body as { id: number }[]).map((r) => r.id),
      visible: inInbox,
    },
    send: () => ({ path: '/api/change-requests' }),
  },
  {
    route: 'POST /api/change-requests/:id/approve',
    on: 'changeRequest',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/change-requests/${o.id}/approve`,
      body: { version: o.version },
    }),
  },
  {
    route: 'POST /api/change-requests/:id/reject',
    on: 'changeRequest',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/change-requests/${o.id}/reject`,
      body: { reason: '理由不充分', version: o.version },
    }),
  },

  // ---- leaders' instructions (批示) ---------------------------------------------------------
  {
    route: 'POST /api/tasks/:id/instructions',
    on: 'task',
    expect: table(LEADER_WRITE, 201),
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/instructions`, body: { text: '请加快推进' } }),
  },
  {
    route: 'GET /api/tasks/:id/instructions',
    on: 'task',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/instructions` }),
  },
  {
    route: 'POST /api/notices/:id/instructions',
    on: 'notice',
    expect: table(LEADER_WRITE, 201),
    send: ({ o }) => ({ path: `/api/notices/${o.id}/instructions`, body: { text: '请限期整改' } }),
  },
  {
    route: 'GET /api/notices/:id/instructions',
    on: 'notice',
    expect: table(READ_LEAD_DEPARTMENTS, 200),
    send: ({ o }) => ({ path: `/api/notices/${o.id}/instructions` }),
  },
  {
    route: 'POST /api/instructions/:id/acknowledge',
    on: 'instruction',
    usesUp: true,
    expect: table(DEPARTMENT_WRITE, 200),
    send: ({ o }) => ({ path: `/api/instructions/${o.id}/acknowledge` }),
  },
];
