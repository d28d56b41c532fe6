import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, newContext, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';
import { mainSeedPlan, readCatalog } from './support/seeds';

/**
 * The foundation journey: a county office user signs in to the app served by the real API, picks
 * 麟游县, opens its plan and finds task 1 with its lead department. Expected values come from the
 * seed files, not from this test.
 */

const OFFICE_USER = 'linyou.office';

const COUNTY_NAME = '麟游县';
const county = readCatalog().jurisdictions.find((j) => j.name === COUNTY_NAME);
if (!county) throw new Error(`${COUNTY_NAME} is missing from seeds/catalog.json`);
const countyCode = county.code;
const plan = mainSeedPlan(countyCode);
const task1 = plan.tasks.find((t) => t.code === '1' && t.parentCode === null);
if (!task1?.leadDepartments[0]) throw new Error(`Task 1 of ${plan.key} has no lead department`);
const lead = task1.leadDepartments[0];
const subItemCount = plan.tasks.filter((t) => t.parentCode === '1').length;

let api: RunningApi;
let browser: Browser;
/** The office user's session (cookies), shared by the tests that start signed in. */
let signedIn: BrowserContextOptions['storageState'];
const contexts: BrowserContext[] = [];

async function openPage(
  viewport: { width: number; height: number },
  mobile = false,
  session: 'signed-in' | 'signed-out' = 'signed-in',
) {
  const context =
    session === 'signed-in'
      ? await browser.newContext({
          viewport,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          isMobile: mobile,
          hasTouch: mobile,
          deviceScaleFactor: mobile ? 2 : 1,
          storageState: signedIn,
        })
      : await newContext(browser, { ...viewport, mobile });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });

/** The id the API gave the seed plan, found through the API itself. */
async function planId(): Promise<number> {
  const asOffice = await apiAs(api.baseUrl, OFFICE_USER);
  const plans = await asOffice.request<{ id: number; title: string }[]>(
    'GET',
    `/jurisdictions/${countyCode}/plans`,
  );
  const found = plans.find((p) => p.title === plan.title);
  if (!found) throw new Error(`The API does not list ${plan.title}`);
  return found.id;
}

const taskRow = (page: Page, code: string) => page.locator(`tr[data-task-code="${code}"]`);

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  api = await startApi();
  browser = await launchBrowser();
  const context = await newContext(browser, { width: 1280, height: 900 });
  await signIn(await context.newPage(), api.baseUrl, OFFICE_USER);
  signedIn = await context.storageState();
  await context.close();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('plan journey', () => {
  it(`signs in, picks ${COUNTY_NAME} in the switcher, opens its plan and sees task 1 with its lead department`, async () => {
    const { page, errors } = await openPage({ width: 1440, height: 900 }, false, 'signed-out');
    await page.goto(`${api.baseUrl}/`);
    // Signed out, the app asks for a sign-in first.
    await page.waitForURL(/\/login$/);
    await screenshot(page, 'desktop-login');
    await signIn(page, api.baseUrl, OFFICE_USER);

    await page.locator('.jurisdiction-switcher').click();
    await page.locator('.ant-select-tree-title').getByText(COUNTY_NAME, { exact: true }).click();
    await page.waitForURL(`**/j/${countyCode}`);
    await screenshot(page, 'desktop-jurisdiction');

    await page
      .locator('.plan-list-card')
      .getByRole('link', { name: plan.title, exact: true })
      .click();
    await page.waitForURL(/\/plans\/\d+$/);

    const row = taskRow(page, '1');
    await row.waitFor();
    expect(await row.innerText()).toContain(task1.title);
    // The lead department is in the same row as the task, shown as a lead tag.
    await row.locator('.dept-tag--lead').getByText(lead, { exact: true }).first().waitFor();
    await page.locator('.indicator-chart-card svg').first().waitFor();
    await screenshot(page, 'desktop-plan');

    expect(errors).toEqual([]);
  });

  it('keeps search and filters in the URL, so a filtered list can be shared', async () => {
    const id = await planId();
    const { page, errors } = await openPage({ width: 1280, height: 900 });
    await page.goto(`${api.baseUrl}/plans/${id}`);
    await taskRow(page, '1').waitFor();

    await page.getByPlaceholder('搜索编号、标题、正文').fill(task1.title);
    await page.waitForURL((url) => url.searchParams.get('q') === task1.title);
    await taskRow(page, '1').waitFor();

    // Opening the shared link shows the same filtered list.
    await page.goto(page.url());
    await taskRow(page, '1').waitFor();
    expect(await page.getByPlaceholder('搜索编号、标题、正文').inputValue()).toBe(task1.title);
    expect(await page.locator('tr[data-task-code]').count()).toBeLessThan(plan.tasks.length);

    await page.getByPlaceholder('搜索编号、标题、正文').fill('不存在的任务关键词');
    await page.getByText('没有符合筛选条件的任务').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a task with its breadcrumb, text and sub-items', async () => {
    const id = await planId();
    const { page, errors } = await openPage({ width: 1280, height: 900 });
    await page.goto(`${api.baseUrl}/plans/${id}`);
    await taskRow(page, '1').getByRole('link', { name: task1.title }).click();
    await page.waitForURL(/\/tasks\/\d+$/);

    const breadcrumb = page.locator('.ant-breadcrumb');
    await breadcrumb.getByRole('link', { name: COUNTY_NAME, exact: true }).waitFor();
    expect(await breadcrumb.innerText()).toContain(plan.title);
    await page.locator('.task-detail-title').getByText(task1.title).waitFor();
    await page.locator('.task-facts').getByText(lead, { exact: true }).first().waitFor();
    expect(await page.locator('.sub-item').count()).toBe(subItemCount);
    await screenshot(page, 'desktop-task', true);
    expect(errors).toEqual([]);
  });

  it('renders the plan page at phone width (375px) without horizontal overflow', async () => {
    const id = await planId();
    const { page, errors } = await openPage({ width: 375, height: 812 }, true);
    await page.goto(`${api.baseUrl}/plans/${id}`);
    const row = taskRow(page, '1');
    await row.waitFor();
    await row.locator('.dept-tag--lead').getByText(lead, { exact: true }).first().waitFor();

    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'phone-plan');

    // The menu lives in a drawer on phones.
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.locator('.app-drawer .app-menu').getByText('方案列表').waitFor();
    // Let the drawer finish sliding in before the picture.
    await page.waitForFunction(
      () => document.querySelector('.app-drawer .app-menu')?.getBoundingClientRect().left === 0,
    );
    await screenshot(page, 'phone-menu');
    expect(errors).toEqual([]);
  });
});
