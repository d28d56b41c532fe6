import { type RouteSpec, table } from '../support/spec.js';
import { OFFICE_WRITE, READ_OVERVIEW } from './profiles.js';

/**
 * Bulletins (通报): office, leaders and viewers read them (a city's accounts its counties'
 * too); the jurisdiction's own office generates, publishes and unlocks.
 */
export const BULLETIN_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/jurisdictions/:code/bulletins',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/jurisdictions/${o.id}/bulletins` }),
  },
  {
    route: 'POST /api/jurisdictions/:code/bulletins',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE, 201),
    send: ({ o, fx }) => ({
      path: `/api/jurisdictions/${o.id}/bulletins`,
      body: { periodKind: 'month', period: fx.nextBulletinPeriod() },
    }),
  },
  {
    route: 'GET /api/bulletins/:id',
    on: 'bulletin',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `/api/bulletins/${o.id}` }),
  },
  {
    route: 'GET /api/bulletins/:id/files/:kind',
    on: 'bulletin',
    expect: table(READ_OVERVIEW, 200),
    scope: 'none',
    send: ({ o }) => ({ path: `/api/bulletins/${o.id}/files/docx` }),
  },
  {
    route: 'POST /api/bulletins/:id/publish',
    on: 'bulletin',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({ path: `/api/bulletins/${o.id}/publish`, body: { version: o.version } }),
  },
  {
    route: 'POST /api/bulletins/:id/unlock',
    on: 'publishedBulletin',
    usesUp: true,
    expect: table(OFFICE_WRITE, 200),
    send: ({ o }) => ({
      path: `/api/bulletins/${o.id}/unlock`,
      body: { period: o.period, reason: '数据更正，需重新报送' },
    }),
  },
];
