import type { Site } from '../support/sites.js';
import type { Fixtures } from '../support/fixtures.js';
import { type RouteSpec, table } from '../support/spec.js';
import { OFFICE_WRITE, OFFICE_WRITE_OWN_ONLY } from './profiles.js';

/** A small plan document; each gets its own document number, so every commit is a new plan. */
function planText(serial: number): string {
  return [
    '测试县人民政府办公室文件',
    `测政办发〔2025〕${serial}号`,
    '测试县人民政府办公室关于印发测试县优化营商环境工作方案的通知',
    '《测试县优化营商环境工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
    '测试县人民政府办公室',
    '2025年3月1日',
    '测试县优化营商环境工作方案',
    '一、重点任务',
    '（一）提升政务服务效能',
    '1.推行企业开办一日办结。（县行政审批服务局牵头，2025年6月底前完成）',
  ].join('\n\n');
}

/**
 * A fresh draft in the site's jurisdiction, made by its own office while the request is built
 * (before the matrix snapshots the database for refused calls). Drafts are never shared.
 */
async function draftIn(site: Site | null, fx: Fixtures, jurisdictionCode: string): Promise<number> {
  if (!site) throw new Error('plan import routes need a site');
  const office = await site.office();
  const created = await office.post<{ id: number }>(
    `/api/jurisdictions/${jurisdictionCode}/plan-imports`,
    { text: planText(fx.next()) },
  );
  if (created.status !== 201) throw new Error(`draft not created: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** Plan document import: the office of the jurisdiction only; drafts are its own. */
export const PLAN_IMPORT_ROUTES: RouteSpec[] = [
  {
    route: 'POST /api/jurisdictions/:code/plan-imports',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE, 201),
    send: ({ o, fx }) => ({
      path: `/api/jurisdictions/${o.id}/plan-imports`,
      body: { text: planText(fx.next()) },
    }),
  },
  {
    route: 'GET /api/jurisdictions/:code/plan-imports/:id',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: async ({ o, site, fx }) => ({
      path: `/api/jurisdictions/${o.id}/plan-imports/${await draftIn(site, fx, String(o.id))}`,
    }),
  },
  {
    route: 'PATCH /api/jurisdictions/:code/plan-imports/:id',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE_OWN_ONLY, 200),
    send: async ({ o, site, fx }) => ({
      path: `/api/jurisdictions/${o.id}/plan-imports/${await draftIn(site, fx, String(o.id))}`,
      body: { version: 1 },
    }),
  },
  {
    route: 'DELETE /api/jurisdictions/:code/plan-imports/:id',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE_OWN_ONLY, 204),
    send: async ({ o, site, fx }) => ({
      path: `/api/jurisdictions/${o.id}/plan-imports/${await draftIn(site, fx, String(o.id))}`,
    }),
  },
  {
    route: 'POST /api/jurisdictions/:code/plan-imports/:id/commit',
    on: 'jurisdiction',
    expect: table(OFFICE_WRITE_OWN_ONLY, 201),
    send: async ({ o, site, fx }) => ({
      path: `/api/jurisdictions/${o.id}/plan-imports/${await draftIn(site, fx, String(o.id))}/commit`,
    }),
  },
];
