import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, newContext, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';

/**
 * The plan import journey: 麟游县's office pastes a small plan in its county's style (one lead
 * unit it does not have), sees the unsure field flagged, maps the unknown unit to an existing
 * department, edits a task, splits one and merges it back, leaves and comes back to the same
 * draft, commits, and finds the plan with those tasks.
 */

const OFFICE_USER = 'linyou.office';
const CODE = '610329';
const PLAN_TITLE = '麟游县优化营商环境补充方案';
const UNKNOWN_UNIT = '县数据共享新建局';
const MAPPED_UNIT = '县发改局';
const EDITED_TITLE = '不动产登记时限压缩至2个工作日';

const PLAN_TEXT = [
  '麟游县人民政府办公室文件',
  '麟政办发〔2026〕88号',
  `《${PLAN_TITLE}》已经县政府同意，现印发给你们，请认真贯彻落实。`,
  '麟游县人民政府办公室',
  '2026年3月1日',
  PLAN_TITLE,
  '一、重点任务',
  '1.推行企业开办一日办结。（县行政审批服务局牵头，县市场监管局配合，2026年6月底前完成）',
  `2.建设数据共享平台。（${UNKNOWN_UNIT}牵头，2026年9月底前完成）`,
  '3.压缩不动产登记办理时限。（县自然资源局牵头，县税务局配合）',
].join('\n\n');

let api: RunningApi;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  context = await newContext(browser, { width: 1440, height: 900 });
  await signIn(await context.newPage(), api.baseUrl, OFFICE_USER);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

function taskCard(page: Page, text: string) {
  // By the card's title: the source excerpts show neighbouring tasks' lines as context.
  return page
    .locator('.plan-import-task-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: text }) });
}

describe('plan import journey', () => {
  it('pastes a plan, reviews and edits the draft, leaves and returns, then commits', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${api.baseUrl}/`);
    await page.locator('.app-menu').getByRole('link', { name: '导入方案' }).click();
    await page.waitForURL(`**/j/${CODE}/imports`);

    await page.getByRole('tab', { name: '粘贴文本' }).click();
    await page.getByLabel('方案全文').fill(PLAN_TEXT);
    await page.getByRole('button', { name: buttonName('解析文本') }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    const reviewUrl = page.url();

    // Each task sits next to its source lines; the unknown lead unit is flagged.
    const second = taskCard(page, '建设数据共享平台');
    await second.getByText('牵头单位存疑').waitFor();
    const highlighted = await second.locator('.plan-import-source__line.is-task').allInnerTexts();
    expect(highlighted.join('\n')).toContain(UNKNOWN_UNIT);
    expect(await page.locator('.plan-import-task-card').count()).toBe(3);

    // Map the unknown unit to an existing department: the task now names that department.
    const mapping = page.getByRole('combobox', { name: `${UNKNOWN_UNIT} 对应到` });
    await mapping.click();
    await page.keyboard.type(MAPPED_UNIT);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${MAPPED_UNIT}$`) })
      .click();
    await second.getByText(MAPPED_UNIT, { exact: true }).waitFor();
    await expect.poll(() => mapping.count()).toBe(0);

    // Edit the third task's title.
    await taskCard(page, '压缩不动产登记办理时限')
      .getByRole('button', { name: buttonName('编辑') })
      .click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '编辑任务' });
    await dialog.getByLabel('任务名称').fill(EDITED_TITLE);
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await taskCard(page, EDITED_TITLE).waitFor();

    // Split the first task in two, then merge the parts again.
    await taskCard(page, '推行企业开办一日办结')
      .getByRole('button', { name: buttonName('拆分') })
      .click();
    const split = page.locator('.ant-modal').filter({ hasText: '拆分任务' });
    await split.getByLabel('第一项').fill('推行企业开办');
    await split.getByLabel('第二项').fill('推行一日办结');
    await split.getByRole('button', { name: buttonName('拆分') }).click();
    await split.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.plan-import-task-card').count()).toBe(4);
    await taskCard(page, '推行一日办结').waitFor();
    await taskCard(page, '推行企业开办')
      .first()
      .getByRole('button', { name: buttonName('与下一项合并') })
      .click();
    await expect.poll(() => page.locator('.plan-import-task-card').count()).toBe(3);
    await taskCard(page, '推行企业开办；推行一日办结').waitFor();

    // Leave the page and come back through the list of drafts: the edits are kept.
    await page.goto(`${api.baseUrl}/j/${CODE}/imports`);
    const draftItem = page.locator('.ant-list-item').filter({ hasText: PLAN_TITLE });
    await draftItem.getByRole('link', { name: '继续审核' }).click();
    await page.waitForURL(reviewUrl);
    await taskCard(page, EDITED_TITLE).waitFor();
    await taskCard(page, '建设数据共享平台').getByText(MAPPED_UNIT, { exact: true }).waitFor();

    // Commit with confirmation; the new plan opens with the reviewed tasks.
    await page.getByRole('button', { name: buttonName('提交导入') }).click();
    await page.getByRole('button', { name: buttonName('确认提交') }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    const row = page.locator('tr[data-task-code]').filter({ hasText: '建设数据共享平台' });
    await row.waitFor();
    expect(await row.innerText()).toContain(MAPPED_UNIT);
    await page.locator('tr[data-task-code]').filter({ hasText: EDITED_TITLE }).waitFor();
    expect(await page.locator('tr[data-task-code]').count()).toBe(3);

    // The committed draft is gone from the list.
    await page.goto(`${api.baseUrl}/j/${CODE}/imports`);
    await page.getByText('暂无草稿').waitFor();
    expect(errors).toEqual([]);
  });
});
