import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type {
  DashboardTaskListResponse,
  JurisdictionDashboardResponse,
  RollupResponse,
} from '@bizenv/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, newContext, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';
import { readCatalog } from './support/seeds';

/**
 * Dashboards in the browser, against the real API on a fresh demo database: (a) the leader signs
 * in, lands on the dashboard with their own indicators first, drills from a figure to the tasks
 * behind it and opens one; (b) the 宝鸡市 viewer lands on the comparison of its two counties and
 * drills into one county's dashboard. Expected figures are read from the API in the same run, so
 * the journeys hold whatever history the demo seeding writes.
 */

const LEADER = 'linyou.leader';
const CITY_VIEWER = 'baoji.viewer';

const catalog = readCatalog();
const county = catalog.jurisdictions.find((j) => j.name === '麟游县');
const city = catalog.jurisdictions.find((j) => j.name === '宝鸡市');
if (!county || !city) throw new Error('麟游县 or 宝鸡市 is missing from seeds/catalog.json');

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function openPage() {
  const context = await newContext(browser, { width: 1440, height: 900 });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

const headline = (page: Page, title: string) =>
  page.locator('.headline-figure').filter({ hasText: title }).locator('.figure-link');

const drawer = (page: Page) => page.locator('.drill-drawer');

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  api = await startApi();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('dashboard journey', () => {
  it('the leader lands on the dashboard, sees their indicators first and drills from a figure to a task', async () => {
    const leaderApi = await apiAs(api.baseUrl, LEADER);
    const expected = await leaderApi.request<JurisdictionDashboardResponse>(
      'GET',
      `/dashboards/jurisdictions/${county.code}`,
    );
    const { page, errors } = await openPage();
    await signIn(page, api.baseUrl, LEADER);
    expect(new URL(page.url()).pathname).toBe(`/j/${county.code}/dashboard`);

    await headline(page, '任务总数').waitFor();
    expect(await headline(page, '任务总数').textContent()).toBe(String(expected.totals.total));
    expect(await headline(page, '逾期任务').textContent()).toBe(String(expected.totals.overdue));

    // The leader's own indicators come first, marked, in the summary and in the table.
    expect(expected.myIndicatorCodes.length).toBeGreaterThan(0);
    const mine = page.locator('.my-indicator');
    expect(await mine.count()).toBe(expected.myIndicatorCodes.length);
    // The table below the fold mounts when it comes into view.
    await page.locator('.indicator-section').scrollIntoViewIfNeeded();
    const firstRow = page.locator('.indicator-dashboard-table tbody tr.ant-table-row').first();
    await firstRow.locator('.mine-tag').waitFor();
    await screenshot(page, 'dashboard-leader');

    // An indicator's task count opens exactly the tasks it counts.
    const indicator = expected.indicators.find((row) => row.mine && row.tasks.total > 0);
    if (!indicator) throw new Error('The leader has no indicator with tasks');
    await page
      .locator(`.my-indicator[data-indicator="${indicator.code}"]`)
      .getByRole('button', { name: `查看${indicator.name}的任务` })
      .click();
    await drawer(page).getByText(`指标「${indicator.name}」的任务`).waitFor();
    expect(await drawer(page).locator('.drill-count').textContent()).toBe(
      String(indicator.tasks.total),
    );
    await drawer(page).locator('.ant-drawer-close').click();
    await drawer(page).waitFor({ state: 'hidden' });

    // 任务总数 → the list behind it (the drill-down lives in the URL) → one task's page.
    const all = await leaderApi.request<DashboardTaskListResponse>(
      'GET',
      `/dashboards/jurisdictions/${county.code}/tasks?bucket=all`,
    );
    await headline(page, '任务总数').click();
    await drawer(page).getByText('全部任务').first().waitFor();
    expect(new URL(page.url()).searchParams.get('bucket')).toBe('all');
    expect(await drawer(page).locator('.drill-count').textContent()).toBe(String(all.total));
    expect(all.total).toBe(expected.totals.total);
    const firstTask = drawer(page).locator('tr[data-task-id]').first();
    const taskId = await firstTask.getAttribute('data-task-id');
    const title = all.items.find((item) => String(item.id) === taskId)?.title;
    if (!title) throw new Error(`Task ${taskId} of the drawer is not in the API's list`);
    await screenshot(page, 'dashboard-drill');
    await firstTask.locator('.dashboard-task-link').click();
    await page.waitForURL(`**/tasks/${taskId}`);
    await page.locator('.task-detail-title').filter({ hasText: title }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('the city viewer compares its two counties and drills into one', async () => {
    const viewerApi = await apiAs(api.baseUrl, CITY_VIEWER);
    const rollup = await viewerApi.request<RollupResponse>(
      'GET',
      `/dashboards/jurisdictions/${city.code}/rollup`,
    );
    const counties = catalog.jurisdictions.filter((j) => j.parentCode === city.code);
    expect(rollup.rows.map((row) => row.jurisdiction.code).sort()).toEqual(
      counties.map((j) => j.code).sort(),
    );

    const { page, errors } = await openPage();
    await signIn(page, api.baseUrl, CITY_VIEWER);
    expect(new URL(page.url()).pathname).toBe(`/j/${city.code}/rollup`);

    // Side by side: one card per county with its rank; the ranking table in rank order.
    for (const row of rollup.rows) {
      const card = page.locator(`.county-card[data-county="${row.jurisdiction.code}"]`);
      await card.getByText(row.jurisdiction.name).waitFor();
      await card.getByText(`第 ${row.rank} 名`).waitFor();
    }
    const ranked = await page.locator('.ranking-table .ranking-county').allTextContents();
    expect(ranked).toEqual(
      [...rollup.rows].sort((a, b) => a.rank - b.rank).map((row) => row.jurisdiction.name),
    );
    await screenshot(page, 'dashboard-rollup');

    // Drill into one county's dashboard; its figures are that county's.
    const target = rollup.rows[rollup.rows.length - 1];
    if (!target) throw new Error('The roll-up has no rows');
    const countyDashboard = await viewerApi.request<JurisdictionDashboardResponse>(
      'GET',
      `/dashboards/jurisdictions/${target.jurisdiction.code}`,
    );
    await page
      .locator('.ranking-table')
      .getByRole('link', { name: target.jurisdiction.name })
      .click();
    await page.waitForURL(`**/j/${target.jurisdiction.code}/dashboard`);
    await page
      .getByRole('heading', { name: `${target.jurisdiction.name}营商环境数据看板` })
      .waitFor();
    await headline(page, '任务总数').waitFor();
    expect(await headline(page, '任务总数').textContent()).toBe(
      String(countyDashboard.totals.total),
    );
    expect(countyDashboard.totals.total).toBe(target.tasks.total);
    await screenshot(page, 'dashboard-county-from-city');
    expect(errors).toEqual([]);
  }, 120_000);
});
