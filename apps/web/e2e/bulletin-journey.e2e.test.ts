import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BulletinResponse } from '@bizenv/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, buttonName, newContext, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';

/**
 * The office's monthly bulletin in the browser: generate last month's bulletin, download the
 * Word document, open the print view, publish (which locks the month's reports).
 */

const OFFICE = 'linyou.office';
const LINYOU = '610329';

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function openPage() {
  const context = await newContext(browser, { width: 1440, height: 900 });
  contexts.push(context);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

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

describe('bulletin journey', () => {
  it('the office generates last month’s bulletin, downloads it, prints it and publishes it', async () => {
    const office = await openPage();
    await signIn(office.page, api.baseUrl, OFFICE, `/j/${LINYOU}/bulletins`);
    await office.page.getByRole('heading', { name: '麟游县通报' }).waitFor();
    await office.page.getByText('尚未生成通报').waitFor();

    await office.page.getByRole('button', { name: buttonName('生成通报') }).click();
    const row = office.page.locator('.ant-table-row', { hasText: '草稿' });
    await row.waitFor({ timeout: 30_000 });
    const title = (await row.locator('td').nth(1).innerText()).trim();
    expect(title).toMatch(/^麟游县优化营商环境工作\d{4}年\d{1,2}月通报$/);
    await screenshot(office.page, 'bulletin-draft');

    // The Word document downloads under its Chinese name and is a real .docx (a ZIP package).
    const download = office.page.waitForEvent('download');
    await row.getByText('下载 Word').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${title}.docx`);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

    // The print view: the bulletin alone on the page, no menu.
    const [print] = await Promise.all([
      office.context.waitForEvent('page'),
      row.getByText('打印视图').click(),
    ]);
    await print.locator('.bulletin-print__title', { hasText: title }).waitFor();
    await print.getByText('〔    〕号').waitFor();
    await print.getByText('一、总体情况').waitFor();
    expect(await print.locator('.app-menu').count()).toBe(0);
    await screenshot(print, 'bulletin-print');

    await row.getByRole('button', { name: buttonName('发布') }).click();
    await office.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('发布') })
      .click();
    const published = office.page.locator('.ant-table-row', { hasText: '已发布' });
    await published.waitFor();
    await published.getByText('已锁定').waitFor();
    await published.getByRole('button', { name: buttonName('解锁报告') }).waitFor();
    await screenshot(office.page, 'bulletin-published');

    const session = await apiAs(api.baseUrl, OFFICE);
    const list = await session.request<BulletinResponse[]>(
      'GET',
      `/jurisdictions/${LINYOU}/bulletins`,
    );
    expect(list[0]).toMatchObject({ title, status: 'published' });
    expect(list[0]!.locks.filter((lock) => lock.unlockedAt === null)).toHaveLength(1);
    expect(office.errors).toEqual([]);
  });
});
