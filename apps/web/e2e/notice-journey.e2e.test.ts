import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, buttonName, signIn, type ApiSession } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';
import { mainSeedPlan, readCatalog } from './support/seeds';

/**
 * A supervision notice in the browser, against the real API on a fresh database: the office saves
 * a notice as a draft, comes back to edit it and issues it; a leader writes a 批示 on it; the
 * addressed department is notified, opens the notice and acknowledges; the office sees the receipt.
 */

const OFFICE = 'linyou.office';
const LEADER = 'linyou.leader';
const DEPARTMENT = 'linyou.xzsp';

const county = readCatalog().jurisdictions.find((j) => j.name === '麟游县');
if (!county) throw new Error('麟游县 is missing from seeds/catalog.json');
const task1 = mainSeedPlan(county.code).tasks.find((t) => t.code === '1' && t.parentCode === null);
const departmentName = task1?.leadDepartments[0];
if (!departmentName) throw new Error('Task 1 of 麟游县 has no lead department');

let api: RunningApi;
let browser: Browser;
let office: ApiSession;
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
const contexts: BrowserContext[] = [];

async function pageAs(username: string) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    storageState: sessions.get(username),
  });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible').getByRole('dialog');

/** Picks an option of an antd Select once its list has finished sliding in. */
async function pick(page: Page, select: Locator, option: string) {
  await select.click();
  await select.fill(option);
  const list = page.locator(
    '.ant-select-dropdown:visible:not([class*="-enter"]):not([class*="-appear"])',
  );
  await list.waitFor();
  await list.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  api = await startApi();
  browser = await launchBrowser();
  for (const username of [OFFICE, LEADER, DEPARTMENT]) {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(await context.newPage(), api.baseUrl, username);
    sessions.set(username, await context.storageState());
    await context.close();
  }
  office = await apiAs(api.baseUrl, OFFICE);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('supervision notice journey', () => {
  const firstReason = '一网通办事项办理进度滞后，请说明原因。';
  const reason = '一网通办事项办理进度滞后，请说明原因并于期限前报送整改方案。';
  const text = '请县行政审批服务局主要负责同志亲自督办，按期办结。';
  let noticeId: number;

  it('the office saves a draft, comes back to edit it, and issues it', async () => {
    const { page, errors } = await pageAs(OFFICE);
    await page.goto(`${api.baseUrl}/notices`);
    await page.getByRole('button', { name: '新建督办' }).click();
    const form = dialog(page);
    await pick(page, form.getByLabel('督办对象'), departmentName);
    await form.getByLabel('督办事由').fill(firstReason);
    await form.getByRole('button', { name: buttonName('保存草稿') }).click();
    await form.waitFor({ state: 'hidden' });

    const drafts = await office.request<{ id: number; reason: string; status: string }[]>(
      'GET',
      '/notices?status=draft',
    );
    const draft = drafts.find((n) => n.reason === firstReason);
    expect(draft?.status).toBe('draft');
    noticeId = draft!.id;

    // Come back later: the draft is still a draft, and editable.
    await page.goto(`${api.baseUrl}/notices/${noticeId}`);
    const card = page.locator(`.notice-card[data-notice="${noticeId}"]`);
    await card.getByText('草稿').first().waitFor();
    await card.getByRole('button', { name: buttonName('编辑') }).click();
    await dialog(page).getByLabel('督办事由').fill(reason);
    await dialog(page).locator('.ant-radio-button-wrapper').filter({ hasText: '通报' }).click();
    await dialog(page)
      .getByRole('button', { name: buttonName('保存草稿') })
      .click();
    await dialog(page).waitFor({ state: 'hidden' });
    await card.getByText(reason).waitFor();
    await card.getByText('通报').first().waitFor();
    await screenshot(page, 'notice-draft-edited');

    await card.getByRole('button', { name: buttonName('编辑') }).click();
    await dialog(page)
      .getByRole('button', { name: buttonName('签发') })
      .click();
    await card.getByText('已下发（待回复）').waitFor();
    await page.locator('.activity-item').filter({ hasText: '督办签发' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a leader writes a 批示 on the notice; the department is notified and acknowledges it', async () => {
    const leader = await pageAs(LEADER);
    await leader.page.goto(`${api.baseUrl}/notices/${noticeId}`);
    await leader.page.getByRole('button', { name: buttonName('批示') }).click();
    await dialog(leader.page).getByLabel('批示内容').fill(text);
    await dialog(leader.page).getByRole('button', { name: '发布批示' }).click();
    const instruction = leader.page.locator('.instruction').filter({ hasText: text });
    await instruction.locator('.ack-tag').getByText(`${departmentName} 待签收`).waitFor();

    // The addressed department opens the notification and lands on the notice.
    const dept = await pageAs(DEPARTMENT);
    await dept.page.goto(`${api.baseUrl}/workspace`);
    const bell = dept.page.locator('.notification-bell');
    await bell.locator('.ant-badge-count').waitFor();
    await bell.click();
    const notification = dept.page
      .locator('.notification-panel .notification-item')
      .filter({ hasText: '领导批示' })
      .filter({ hasText: '督办通知' });
    await notification.first().click();
    await dept.page.waitForURL(`**/notices/${noticeId}`);

    const mine = dept.page.locator('.instruction').filter({ hasText: text });
    await mine.getByRole('button', { name: '确认收到' }).click();
    await mine.locator('.ack-tag').getByText(`${departmentName} 已签收`).waitFor();
    expect(await mine.getByRole('button', { name: '确认收到' }).count()).toBe(0);
    await screenshot(dept.page, 'notice-instruction-acknowledged');

    // The office sees the receipt on the notice.
    const officePage = await pageAs(OFFICE);
    await officePage.page.goto(`${api.baseUrl}/notices/${noticeId}`);
    const seen = officePage.page.locator('.instruction').filter({ hasText: text });
    await seen.locator('.ack-tag').getByText(`${departmentName} 已签收`).waitFor();
    expect(await officePage.page.getByRole('button', { name: buttonName('批示') }).count()).toBe(0);
    expect(leader.errors).toEqual([]);
    expect(dept.errors).toEqual([]);
    expect(officePage.errors).toEqual([]);
  });
});
