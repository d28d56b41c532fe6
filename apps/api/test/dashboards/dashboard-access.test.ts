import type { ApiErrorBody, JurisdictionDashboardResponse, RollupResponse } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';

const LINYOU = '610329';
const MEIXIAN = '610326';
const BAOJI = '610300';
const YIJUN = '610222';

/** Who reads which dashboard, the leader view and the city roll-up, on the demo catalog. */
describe('dashboards on the demo catalog', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const department = useSignedIn(context, 'linyou.xzsp');
  const city = useSignedIn(context, 'baoji.office');
  const viewer = useSignedIn(context, 'baoji.viewer');

  it('puts the leader’s own indicators first, and only for the leader', async () => {
    const mine = await leader.get<JurisdictionDashboardResponse>(
      `/api/dashboards/jurisdictions/${LINYOU}`,
    );
    expect(mine.status).toBe(200);
    // 闫秉云 leads 开办企业, 办理建筑许可, 包容普惠创新… but not 获得电力 (尹少平) or 获得信贷 (党向东).
    expect(mine.body.myIndicatorCodes).toEqual(
      expect.arrayContaining(['starting-business', 'construction-permits', 'inclusive-innovation']),
    );
    expect(mine.body.myIndicatorCodes).not.toContain('electricity');
    const order = mine.body.indicators.filter((row) => row.parentCode === null);
    const firstOther = order.findIndex((row) => !row.mine);
    expect(firstOther).toBeGreaterThan(0);
    expect(order.slice(firstOther).every((row) => !row.mine)).toBe(true);
    expect(order.find((row) => row.code === 'electricity')?.leaders.map((l) => l.name)).toEqual([
      '尹少平',
    ]);

    const theOffice = await office.get<JurisdictionDashboardResponse>(
      `/api/dashboards/jurisdictions/${LINYOU}`,
    );
    expect(theOffice.body.myIndicatorCodes).toEqual([]);
    expect(theOffice.body.indicators[0]!.code).toBe('starting-business');
    expect(theOffice.body.indicators.filter((row) => row.parentCode === null)).toHaveLength(18);
    expect(theOffice.body.totals).toEqual(mine.body.totals);
  });

  it('refuses department users (403) and hides other jurisdictions (404)', async () => {
    const refused = await department.get<ApiErrorBody>(`/api/dashboards/jurisdictions/${LINYOU}`);
    expect(refused.status).toBe(403);
    const other = await office.get<ApiErrorBody>(`/api/dashboards/jurisdictions/${MEIXIAN}`);
    expect(other.status).toBe(404);
    const otherCity = await viewer.get<ApiErrorBody>(`/api/dashboards/jurisdictions/${YIJUN}`);
    expect(otherCity.status).toBe(404);
    const countyOfCity = await viewer.get(`/api/dashboards/jurisdictions/${MEIXIAN}`);
    expect(countyOfCity.status).toBe(200);
  });

  it('answers bad dates and buckets with 400 and a Chinese message', async () => {
    const future = await office.get<ApiErrorBody>(
      `/api/dashboards/jurisdictions/${LINYOU}?asOf=2999-01-01`,
    );
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('DASHBOARD_AS_OF_INVALID');
    const malformed = await office.get<ApiErrorBody>(
      `/api/dashboards/jurisdictions/${LINYOU}?asOf=2025-02-30`,
    );
    expect(malformed.body.code).toBe('DASHBOARD_AS_OF_INVALID');
    const bucket = await office.get<ApiErrorBody>(
      `/api/dashboards/jurisdictions/${LINYOU}/tasks?bucket=status:finished`,
    );
    expect(bucket.status).toBe(400);
    expect(bucket.body.code).toBe('DASHBOARD_BUCKET_INVALID');
    expect(bucket.body.message).toBe('下钻类别无效');
  });

  it('compares the city’s counties side by side and ranks them', async () => {
    const rollup = await city.get<RollupResponse>(`/api/dashboards/jurisdictions/${BAOJI}/rollup`);
    expect(rollup.status).toBe(200);
    expect(rollup.body.rows.map((row) => row.jurisdiction.name).sort()).toEqual(['眉县', '麟游县']);
    for (const row of rollup.body.rows) {
      const county = await city.get<JurisdictionDashboardResponse>(
        `/api/dashboards/jurisdictions/${row.jurisdiction.code}`,
      );
      // The roll-up's grouped SQL and the county dashboard agree.
      expect(row.tasks).toEqual(county.body.totals);
      expect(row.openProblems).toBe(county.body.openProblems);
      expect(row.targetsMet).toBe(county.body.targetSummary.met);
      expect(row.targetsTotal).toBe(county.body.targets.length);
    }
    expect(rollup.body.rows.map((row) => row.rank).sort()).toEqual(
      rollup.body.rows[0]!.score === rollup.body.rows[1]!.score ? [1, 1] : [1, 2],
    );
    // The city plan assigns tasks to 各县区: each shows both counties.
    expect(rollup.body.countyAssignedTasks.length).toBeGreaterThan(0);
    for (const row of rollup.body.countyAssignedTasks) {
      expect(row.counties.map((county) => county.jurisdictionCode).sort()).toEqual(
        [MEIXIAN, LINYOU].sort(),
      );
    }
  });
});
