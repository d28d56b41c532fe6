import { DEFAULT_ASSESSMENT_RULES } from '@bizenv/shared';
import { type Call, type CellRequest, type RouteSpec, type Table, table } from '../support/spec.js';
import { OFFICE_WRITE, READ_OVERVIEW } from './profiles.js';

/** The rules: every user of the jurisdiction (departments are scored by them); not the administrator. */
const READ_RULES: Table = {
  //   anon office leader lead support dept county city viewer admin
  L: ' 401  200    200   200    200  200   404   200   200    403',
  M: ' 401  404    404   404    404  404   200   200   200    403',
  C: ' 401  404    404   404    404  404   404   200   200    403',
  Y: ' 401  404    404   404    404  404   404   404   404    403',
};

/** A past year, so results may be computed whatever the clock of the run. */
const YEAR = 2025;
const base = (code: number | string) => `/api/jurisdictions/${code}/assessment/${YEAR}`;

/** For a successful read of a publication, the site's office publishes one first. */
async function publicationPath({ o, site, success }: Call, suffix: string): Promise<CellRequest> {
  let version = 1;
  if (success && site) {
    const published = await (
      await site.office()
    ).post<{ publicationVersion: number }>(`${base(o.id)}/publications`);
    version = published.body.publicationVersion;
  }
  return { path: `${base(o.id)}/publications/${version}${suffix}` };
}

/**
 * Year-end assessment: every user of the jurisdiction reads the rules; results, publications and
 * exports are for office, leaders and city viewers (departments 403); the office writes.
 */
export const ASSESSMENT_ROUTES: RouteSpec[] = [
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/rules',
    on: 'jurisdiction',
    expect: table(READ_RULES, 200),
    send: ({ o }) => ({ path: `${base(o.id)}/rules` }),
  },
  {
    route: 'PUT /api/jurisdictions/:code/assessment/:year/rules',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE, 200),
    // A successful save sends the version it read; refused ones any well-formed version.
    send: async ({ o, site, success }) => {
      let version = 0;
      if (success && site) {
        const current = await (await site.office()).get<{ version: number }>(`${base(o.id)}/rules`);
        version = current.body.version;
      }
      return { path: `${base(o.id)}/rules`, body: { rules: DEFAULT_ASSESSMENT_RULES, version } };
    },
  },
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/results',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `${base(o.id)}/results` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/results/export',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    scope: 'none',
    send: ({ o }) => ({ path: `${base(o.id)}/results/export` }),
  },
  {
    route: 'POST /api/jurisdictions/:code/assessment/:year/publications',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE, 201),
    send: ({ o }) => ({ path: `${base(o.id)}/publications` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/publications',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: ({ o }) => ({ path: `${base(o.id)}/publications` }),
  },
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/publications/:version',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    send: (call) => publicationPath(call, ''),
  },
  {
    route: 'GET /api/jurisdictions/:code/assessment/:year/publications/:version/export',
    on: 'jurisdiction',
    expect: table(READ_OVERVIEW, 200),
    scope: 'none',
    send: (call) => publicationPath(call, '/export'),
  },
];
