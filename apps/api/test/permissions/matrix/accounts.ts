import { type RouteSpec, table } from '../support/spec.js';
import { OVERRIDE_YEAR } from '../support/fixtures.js';
import {
  ADMIN_ONLY,
  OFFICE_READ,
  OFFICE_WRITE_OWN_ONLY,
  OFFICES,
  PUBLIC,
  SIGNED_IN,
} from './profiles.js';
import { auditCsvJurisdictions } from './rows.js';

/** The OpenAPI pages: public, like the health check (README: "only /api/health and the docs"). */
const docs = (route: string, path: string): RouteSpec => ({
  route: `GET ${route}`,
  expect: table(PUBLIC, 200),
  scope: 'none',
  send: () => ({ path }),
});

/** Health, docs, sign-in and the administration routes: users, audit log, holiday calendar. */
export const ACCOUNT_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/health',
    expect: table(PUBLIC, 200),
    scope: 'none',
    send: () => ({ path: '/api/health' }),
  },
  docs('/api/docs', '/api/docs'),
  docs('/api/docs/', '/api/docs/'),
  docs('/api/docs/index.html', '/api/docs/index.html'),
  docs('/api/docs/swagger-ui-init.js', '/api/docs/swagger-ui-init.js'),
  docs('/api/docs/docs/swagger-ui-init.js', '/api/docs/docs/swagger-ui-init.js'),
  // @nestjs/swagger answers 404 here on purpose (it does not serve swagger-ui's licence file).
  {
    route: 'GET /api/docs/LICENSE',
    //     anon office leader lead support dept county city viewer admin
    expect: { any: '404  404    404   404    404  404   404   404   404    404' },
    send: () => ({ path: '/api/docs/LICENSE' }),
  },
  docs('/api/docs/*', '/api/docs/swagger-ui.css'),
  docs('/api/docs-json', '/api/docs-json'),
  docs('/api/docs-yaml', '/api/docs-yaml'),

  // ---- sign-in: each user for itself (the anonymous column signs in as a 麟游 leader) --------
  {
    route: 'POST /api/auth/login',
    expect: table(PUBLIC, 200),
    scope: 'none',
    // A browser without a session: signing in from one that has a session would end it.
    send: ({ actor, sessions }) => {
      const username = actor.username ?? 'linyou.leader';
      return {
        path: '/api/auth/login',
        body: { username, password: sessions.password(username) },
        as: null,
      };
    },
  },
  {
    route: 'POST /api/auth/logout',
    expect: table(SIGNED_IN, 204),
    scope: 'none',
    // Logs out a second session of the user, so the file's own session stays usable.
    send: async ({ actor, sessions, success }) => ({
      path: '/api/auth/logout',
      ...(success && actor.username ? { as: await sessions.another(actor.username) } : {}),
    }),
  },
  {
    route: 'GET /api/auth/me',
    expect: table(SIGNED_IN, 200),
    scope: 'none',
    send: () => ({ path: '/api/auth/me' }),
  },
  {
    route: 'POST /api/auth/password',
    expect: table(SIGNED_IN, 200),
    scope: 'none',
    send: ({ actor, sessions, fx }) => {
      const username = actor.username ?? 'nobody';
      const newPassword = `Juzhen@Xin${fx.next()}Mima`;
      return {
        path: '/api/auth/password',
        body: { currentPassword: sessions.password(username), newPassword },
        afterSuccess: () => sessions.setPassword(username, newPassword),
      };
    },
  },

  // ---- user management: the office, for its own jurisdiction's accounts only ------------
  {
    route: 'GET /api/users',
    expect: table(OFFICES, 200),
    rows: (body, actor) =>
      (body as { username: string; jurisdictionCode: string }[])
        .filter((user) => user.jurisdictionCode !== actor.jurisdictionCode)
        .map((user) => `user ${user.username} of ${user.jurisdictionCode}`),
    list: {
      kind: 'user',
      ids: (body) => (body as { id: number }[]).map((user) => user.id),
      visible: (actor, site) =>
        (site === 'L' && actor === 'office') ||
        (site === 'M' && actor === 'county') ||
        (site === 'C' && actor === 'city'),
    },
    send: () => ({ path: '/api/users' }),
  },
  {
    route: 'POST /api/users',
    expect: table(OFFICES, 201),
    scope: 'none',
    send: ({ fx }) => {
      const n = fx.next();
      return {
        path: '/api/users',
        body: {
          username: `perm.new${n}`,
          displayName: `新用户${n}`,
          role: 'leader',
          departmentId: null,
          initialPassword: 'Chushi@Mima2026',
        },
      };
    },
  },
  {
    route: 'PATCH /api/users/:id',
    on: 'user',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o, fx }) => ({
      path: `/api/users/${o.id}`,
      body: { displayName: `改名${fx.next()}`, version: o.version },
    }),
  },
  {
    route: 'POST /api/users/:id/reset-password',
    on: 'user',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o }) => ({
      path: `/api/users/${o.id}/reset-password`,
      body: { newPassword: 'Chongzhi@Mima2026' },
    }),
  },
  {
    route: 'POST /api/users/:id/disable',
    on: 'user',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o }) => ({ path: `/api/users/${o.id}/disable` }),
  },
  {
    route: 'POST /api/users/:id/enable',
    on: 'user',
    usesUp: true,
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: ({ o }) => ({ path: `/api/users/${o.id}/enable` }),
  },

  // ---- audit log: offices, for the jurisdictions they read -------------------------------
  {
    route: 'GET /api/audit',
    on: 'jurisdiction',
    expect: table(OFFICE_READ, 200),
    send: ({ o }) => ({ path: `/api/audit?jurisdictionCode=${o.id}` }),
  },
  {
    route: 'GET /api/audit/export',
    on: 'jurisdiction',
    expect: table(OFFICE_READ, 200),
    rows: (body, _actor, scope) =>
      auditCsvJurisdictions(String(body))
        .filter((code) => !scope.jurisdictions.has(code))
        .map((code) => `audit row of ${code}`),
    send: ({ o }) => ({ path: `/api/audit/export?jurisdictionCode=${o.id}` }),
  },

  // ---- holiday calendar: everyone reads it, the system administrator corrects it ---------
  {
    route: 'GET /api/calendar/years',
    expect: table(SIGNED_IN, 200),
    scope: 'none',
    send: () => ({ path: '/api/calendar/years' }),
  },
  {
    route: 'PUT /api/calendar/years/:year',
    on: 'holidayYear',
    usesUp: true,
    expect: table(ADMIN_ONLY, 200),
    send: ({ o }) => ({
      path: `/api/calendar/years/${o.id}`,
      body: {
        holidays: [`${OVERRIDE_YEAR}-01-01`, `${OVERRIDE_YEAR}-01-02`],
        makeupWorkdays: [],
        version: o.version,
      },
    }),
  },
  {
    route: 'DELETE /api/calendar/years/:year',
    on: 'holidayYear',
    usesUp: true,
    expect: table(ADMIN_ONLY, 204),
    send: ({ o }) => ({ path: `/api/calendar/years/${o.id}` }),
  },
];
