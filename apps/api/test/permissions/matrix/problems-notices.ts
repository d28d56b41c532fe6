import { type RouteSpec, seenBy, table } from '../support/spec.js';
import {
  ADDRESSEE_ONLY,
  LEAD_OWN_WRITE,
  OFFICE_WRITE,
  OFFICE_WRITE_OWN_ONLY,
  PROBLEM_EDIT,
  PROBLEM_REGISTER,
  READ_LEAD_DEPARTMENTS,
  READ_ON_TASK,
  SIGNED_IN,
} from './profiles.js';
import { filteredBy, ownDepartmentOnly, ownNotificationsOnly } from './rows.js';

const ids = (body: unknown) => (body as { id: number }[]).map((item) => item.id);
const noticeDepartment = ownDepartmentOnly(
  (notice: { department: { id: number } }) => notice.department.id,
);

/** Problems (问题清单/整改), supervision notices (督办) and in-app notifications. */
export const PROBLEM_NOTICE_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/problems',
    expect: table(SIGNED_IN, 200),
    list: { kind: 'problem', ids, visible: seenBy(READ_ON_TASK) },
    probes: filteredBy('/api/problems', ['taskId', 'departmentId']),
    send: () => ({ path: '/api/problems' }),
  },
  {
    route: 'GET /api/problems/:id',
    on: 'problem',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/problems/${o.id}` }),
  },
  {
    route: 'POST /api/problems',
    on: 'task',
    expect: table(PROBLEM_REGISTER, 201),
    // A self-found problem owned by the caller's department (the office: by the lead department).
    send: ({ o, site, fx, actor }) => ({
      path: '/api/problems',
      body: {
        taskId: o.id,
        source: 'self_found',
        description: `自查发现的问题 ${fx.next()}`,
        ownerDepartmentId:
          actor.role === 'department' ? actor.departmentId : site?.leadDepartmentId,
        deadline: '2099-12-31',
      },
    }),
  },
  {
    route: 'PATCH /api/problems/:id',
    on: 'problem',
    usesUp: true,
    expect: table(PROBLEM_EDIT, 200),
    send: ({ o, fx }) => ({
      path: `/api/problems/${o.id}`,
      body: { version: o.version, measure: `整改措施 ${fx.next()}` },
    }),
  },
  {
    route: 'POST /api/problems/:id/close',
    on: 'rectifiedProblem',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/problems/${o.id}/close`,
      body: { version: o.version, reason: '整改到位' },
    }),
  },
  {
    route: 'GET /api/tasks/:id/problems',
    on: 'task',
    expect: table(READ_ON_TASK, 200),
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/problems` }),
  },

  // ---- supervision notices: addressed to the task's lead department ----------------------
  {
    route: 'GET /api/notices',
    expect: table(SIGNED_IN, 200),
    rows: noticeDepartment,
    list: { kind: 'notice', ids, visible: seenBy(READ_LEAD_DEPARTMENTS) },
    probes: filteredBy('/api/notices', ['taskId', 'departmentId']),
    send: () => ({ path: '/api/notices' }),
  },
  {
    route: 'GET /api/notices/:id',
    on: 'notice',
    expect: table(READ_LEAD_DEPARTMENTS, 200),
    send: ({ o }) => ({ path: `/api/notices/${o.id}` }),
  },
  {
    route: 'POST /api/notices',
    on: 'task',
    expect: table(OFFICE_WRITE, 201),
    send: ({ o, site }) => ({
      path: '/api/notices',
      body: {
        departmentId: site?.leadDepartmentId,
        taskId: o.id,
        reason: '进度滞后，请说明原因',
        level: 'supervision',
        responseDue: '2099-12-31',
      },
    }),
  },
  {
    route: 'PATCH /api/notices/:id',
    on: 'draftNotice',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o }) => ({
      path: `/api/notices/${o.id}`,
      body: { version: o.version, reason: '请补充整改时限' },
    }),
  },
  {
    route: 'POST /api/notices/:id/issue',
    on: 'draftNotice',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o }) => ({ path: `/api/notices/${o.id}/issue`, body: { version: o.version } }),
  },
  {
    route: 'POST /api/notices/:id/answer',
    on: 'notice',
    usesUp: true,
    expect: table(LEAD_OWN_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/notices/${o.id}/answer`,
      body: { version: o.version, response: '已整改到位' },
    }),
  },
  {
    route: 'POST /api/notices/:id/close',
    on: 'notice',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({ path: `/api/notices/${o.id}/close`, body: { version: o.version } }),
  },
  {
    route: 'DELETE /api/notices/:id',
    on: 'draftNotice',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 204),
    send: ({ o }) => ({ path: `/api/notices/${o.id}` }),
  },
  {
    route: 'GET /api/tasks/:id/notices',
    on: 'task',
    expect: table(READ_ON_TASK, 200),
    rows: noticeDepartment,
    send: ({ o }) => ({ path: `/api/tasks/${o.id}/notices` }),
  },

  // ---- notifications: each user's own (and its department's) -----------------------------
  {
    route: 'GET /api/notifications',
    expect: table(SIGNED_IN, 200),
    rows: ownNotificationsOnly,
    list: {
      kind: 'notification',
      ids: (body) => (body as { items: { id: number }[] }).items.map((item) => item.id),
      visible: (actor, site) => actor === 'lead' && site === 'L',
    },
    send: () => ({ path: '/api/notifications' }),
  },
  {
    route: 'POST /api/notifications/read-all',
    expect: table(SIGNED_IN, 204),
    send: () => ({ path: '/api/notifications/read-all' }),
  },
  {
    route: 'POST /api/notifications/:id/read',
    on: 'notification',
    expect: table(ADDRESSEE_ONLY, 204),
    send: ({ o }) => ({ path: `/api/notifications/${o.id}/read` }),
  },
];
