import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, buttonName, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { smallPdf } from './support/files';
import { SCREENSHOT_DIR } from './support/paths';
import { mainSeedPlan, readCatalog } from './support/seeds';

/**
 * Task tracking in the browser, against the real API on a fresh database: (a) the office changes a
 * task's status with a reason, the timeline shows it, and a second office tab that changed it
 * meanwhile is told to reload; (b) a leader writes a 批示, the lead department is notified and
 * acknowledges it; (c) the office issues a supervision notice, the department answers, the office
 * closes it, and the task's timeline shows all three; (d) a problem goes from registered through
 * rectified to closed; (e) the lead department asks for an extension and for closure with
 * evidence, the office approves both; (f) the timeline merges the task's monthly reports.
 */

const OFFICE = 'linyou.office';
const LEADER = 'linyou.leader';
const LEAD_DEPARTMENT = 'linyou.xzsp';

const county = readCatalog().jurisdictions.find((j) => j.name === '麟游县');
if (!county) throw new Error('麟游县 is missing from seeds/catalog.json');
const plan = mainSeedPlan(county.code);
const task1 = plan.tasks.find((t) => t.code === '1' && t.parentCode === null);
if (!task1?.leadDepartments[0]) throw new Error(`Task 1 of ${plan.key} has no lead department`);
const leadName = task1.leadDepartments[0];

let api: RunningApi;
let browser: Browser;
let taskId: number;
/** Task 2, led by the same department: the closure journey keeps task 1 open for the others. */
let task2Id: number;
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
const contexts: BrowserContext[] = [];

/** A page signed in as `username` (the sign-in itself happened once, in beforeAll). */
async function pageAs(username: string, width = 1366, height = 900) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    storageState: sessions.get(username),
  });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });

const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible').getByRole('dialog');

/**
 * Picks an option of an antd Select: opens it, types to filter when asked, clicks the option once
 * the list has finished sliding in (a click during the animation can be lost), and waits until the
 * list has closed.
 */
async function pick(page: Page, select: Locator, option: string, type = false) {
  await select.click();
  if (type) await select.fill(option);
  const list = page.locator(
    '.ant-select-dropdown:visible:not([class*="-enter"]):not([class*="-appear"])',
  );
  await list.waitFor();
  await list.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

const timelineItem = (page: Page, text: string) =>
  page.locator('.task-timeline .activity-item').filter({ hasText: text });

const noticeCard = (page: Page, text: string) =>
  page.locator('.notice-card').filter({ hasText: text });

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  api = await startApi();
  browser = await launchBrowser();
  for (const username of [OFFICE, LEADER, LEAD_DEPARTMENT]) {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(await context.newPage(), api.baseUrl, username);
    sessions.set(username, await context.storageState());
    await context.close();
  }
  const office = await apiAs(api.baseUrl, OFFICE);
  const plans = await office.request<{ id: number; title: string }[]>(
    'GET',
    `/jurisdictions/${county.code}/plans`,
  );
  const planId = plans.find((p) => p.title === plan.title)?.id;
  const tasks = await office.request<{ id: number; code: string }[]>(
    'GET',
    `/plans/${planId}/tasks`,
  );
  const found = tasks.find((t) => t.code === '1');
  const second = tasks.find((t) => t.code === '2');
  if (!found || !second) throw new Error('Tasks 1 and 2 are missing from the API');
  taskId = found.id;
  task2Id = second.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('task tracking journey', () => {
  it('the office changes the status with a reason; the timeline shows it; a stale tab is asked to reload', async () => {
    const first = await pageAs(OFFICE, 1440);
    const second = await pageAs(OFFICE, 1280);
    for (const { page } of [first, second]) {
      await page.goto(`${api.baseUrl}/tasks/${taskId}`);
      await page.locator('.tracking-bar__status').getByText('未开始').waitFor();
    }

    const { page } = first;
    await page.getByRole('button', { name: '变更状态' }).click();
    await pick(page, dialog(page).getByLabel('变更为'), '推进中');
    await dialog(page).getByLabel('变更理由').fill('已召开专题推进会，进入实施阶段');
    await dialog(page).getByRole('button', { name: '确认变更' }).click();

    const entry = timelineItem(page, '未开始 → 推进中');
    await entry.waitFor();
    expect(await entry.innerText()).toContain('理由：已召开专题推进会，进入实施阶段');
    expect(await entry.innerText()).toContain('麟游县营商办');
    await page.locator('.tracking-bar__status').getByText('推进中').waitFor();
    await screenshot(page, 'tracking-status-changed', true);

    // The second tab still shows 未开始 and writes with the old version: 409, reload offered.
    const stale = second.page;
    await stale.getByRole('button', { name: '变更状态' }).click();
    await pick(stale, dialog(stale).getByLabel('变更为'), '暂缓');
    await dialog(stale).getByLabel('变更理由').fill('资金未到位');
    await dialog(stale).getByRole('button', { name: '确认变更' }).click();
    await dialog(stale).getByText('该记录已被他人修改').waitFor();
    await screenshot(stale, 'tracking-version-conflict');
    await dialog(stale)
      .getByRole('button', { name: buttonName('重新加载') })
      .click();
    await stale.locator('.tracking-bar__status').getByText('推进中').waitFor();
    await timelineItem(stale, '未开始 → 推进中').waitFor();
    expect(await timelineItem(stale, '暂缓').count()).toBe(0);

    expect(first.errors).toEqual([]);
    // The refused write is logged by the browser as a failed resource (409), nothing else.
    expect(second.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });

  it('a leader writes a 批示; the lead department is notified and acknowledges it', async () => {
    const text = '请县行政审批服务局本月底前完成“一表填报”平台对接。';
    const leader = await pageAs(LEADER);
    await leader.page.goto(`${api.baseUrl}/tasks/${taskId}`);
    await leader.page.getByRole('button', { name: '批示' }).click();
    await dialog(leader.page).getByLabel('批示内容').fill(text);
    await dialog(leader.page).getByRole('button', { name: '发布批示' }).click();
    const instruction = leader.page.locator('.instruction').filter({ hasText: text });
    await instruction.locator('.ack-tag').getByText(`${leadName} 待签收`).waitFor();
    await timelineItem(leader.page, '领导批示').filter({ hasText: text }).waitFor();

    // The department sees the bell's count, opens the notification and lands on the task.
    const dept = await pageAs(LEAD_DEPARTMENT);
    await dept.page.goto(`${api.baseUrl}/workspace`);
    const bell = dept.page.locator('.notification-bell');
    await bell.locator('.ant-badge-count').waitFor();
    expect(await bell.getAttribute('aria-label')).toMatch(/\d+条未读/);
    await bell.click();
    const notification = dept.page
      .locator('.notification-panel .notification-item')
      .filter({ hasText: '领导批示' });
    await notification.first().waitFor();
    await screenshot(dept.page, 'tracking-notifications');
    await notification.first().click();
    await dept.page.waitForURL(`**/tasks/${taskId}`);

    const mine = dept.page.locator('.instruction').filter({ hasText: text });
    await mine.getByRole('button', { name: '确认收到' }).click();
    await mine.locator('.ack-tag').getByText(`${leadName} 已签收`).waitFor();
    await timelineItem(dept.page, `${leadName}确认收到批示`).waitFor();
    expect(await mine.getByRole('button', { name: '确认收到' }).count()).toBe(0);
    await screenshot(dept.page, 'tracking-instruction-acknowledged', true);

    // The leader sees the receipt.
    await leader.page.reload();
    await instruction.locator('.ack-tag').getByText(`${leadName} 已签收`).waitFor();
    expect(leader.errors).toEqual([]);
    expect(dept.errors).toEqual([]);
  });

  it('the office issues a notice, the department answers, the office closes it', async () => {
    const reason = '任务1推进缓慢，请说明原因并提出整改措施。';
    const answer = '已增派2名业务骨干，预计下周完成平台对接。';

    const office = await pageAs(OFFICE, 1440);
    await office.page.goto(`${api.baseUrl}/notices`);
    // The scheduler's drafts (overdue tasks, missing reports) wait for the office.
    await office.page.locator('.notice-card').filter({ hasText: '系统生成' }).first().waitFor();
    await screenshot(office.page, 'notices-office-drafts');

    await office.page.getByRole('button', { name: '新建督办' }).click();
    const form = dialog(office.page);
    await pick(office.page, form.getByLabel('督办对象'), leadName, true);
    await pick(office.page, form.getByLabel('关联任务（选填）'), task1.title.slice(0, 6), true);
    await form.getByLabel('督办事由').fill(reason);
    await form.getByRole('button', { name: buttonName('签发') }).click();
    await office.page.getByRole('tab', { name: /待回复/ }).click();
    await noticeCard(office.page, reason).getByText('已下发（待回复）').waitFor();

    // The department's workspace lists the notice waiting for its answer.
    const dept = await pageAs(LEAD_DEPARTMENT);
    await dept.page.goto(`${api.baseUrl}/workspace`);
    await dept.page.locator('.pending-notices-panel').getByRole('link', { name: reason }).click();
    await dept.page.waitForURL('**/notices');
    const card = noticeCard(dept.page, reason);
    await card.getByRole('button', { name: buttonName('回复') }).click();
    await dialog(dept.page).getByLabel('办理情况').fill(answer);
    await dialog(dept.page).getByRole('button', { name: '提交回复' }).click();
    await dept.page.getByRole('tab', { name: /已回复/ }).click();
    await noticeCard(dept.page, reason).getByText(answer).waitFor();
    await screenshot(dept.page, 'notices-department-answered');

    await office.page.reload();
    await office.page.getByRole('tab', { name: /已回复/ }).click();
    await noticeCard(office.page, reason)
      .getByRole('button', { name: buttonName('办结') })
      .click();
    await dialog(office.page).getByRole('button', { name: '确认办结' }).click();
    await office.page.getByRole('tab', { name: /已办结/ }).click();
    await noticeCard(office.page, reason).getByText('已办结').waitFor();
    expect(await noticeCard(office.page, reason).innerText()).toContain(answer);
    await screenshot(office.page, 'notices-office-closed');

    // The task's timeline tells the notice's story.
    await office.page.goto(`${api.baseUrl}/tasks/${taskId}`);
    await timelineItem(office.page, '督办下发').filter({ hasText: reason }).waitFor();
    await timelineItem(office.page, '督办回复').filter({ hasText: answer }).waitFor();
    await timelineItem(office.page, '督办办结').waitFor();
    await screenshot(office.page, 'tracking-timeline-notice', true);
    expect(office.errors).toEqual([]);
    expect(dept.errors).toEqual([]);
  });

  it('a problem is registered by the office, rectified by its owner and closed (销号)', async () => {
    const description = '企业开办“一表填报”仍需线下补交材料。';
    const measure = '已完成系统改造，材料全部线上提交。';

    const office = await pageAs(OFFICE, 1440);
    await office.page.goto(`${api.baseUrl}/problems`);
    await office.page.getByRole('button', { name: '登记问题' }).click();
    const form = dialog(office.page);
    await pick(
      office.page,
      form.getByRole('combobox', { name: /任务/ }),
      task1.title.slice(0, 6),
      true,
    );
    await form.getByLabel('问题描述').fill(description);
    await pick(office.page, form.getByLabel('整改责任部门'), leadName, true);
    await form.getByRole('button', { name: buttonName('登记') }).click();
    const officeRow = office.page
      .locator('.problem-table tr[data-problem]')
      .filter({ hasText: description });
    await officeRow.getByText('整改中').waitFor();

    // The owner department's workspace lists the problem to rectify.
    const dept = await pageAs(LEAD_DEPARTMENT);
    await dept.page.goto(`${api.baseUrl}/workspace`);
    await dept.page
      .locator('.open-problems-panel')
      .getByRole('link', { name: description })
      .click();
    await dept.page.waitForURL('**/problems?status=rectifying');
    const row = dept.page
      .locator('.problem-table tr[data-problem]')
      .filter({ hasText: description });
    await row.getByRole('button', { name: buttonName('整改') }).click();
    await dialog(dept.page).getByLabel('整改措施').fill(measure);
    await dialog(dept.page).getByText('整改已完成').click();
    await dialog(dept.page).getByRole('button', { name: '标记已整改' }).click();
    // Filtered to 整改中, the rectified problem leaves the list.
    await row.waitFor({ state: 'detached' });
    await screenshot(dept.page, 'problems-department');

    await office.page.reload();
    await officeRow.getByText('已整改').waitFor();
    await officeRow.getByRole('button', { name: buttonName('销号') }).click();
    const confirm = dialog(office.page).getByRole('button', { name: '确认销号' });
    await confirm.click();
    // The dialog closes once the server accepted; a refusal would keep it open with its message.
    await confirm.waitFor({ state: 'detached', timeout: 60_000 });
    await officeRow.getByText('已销号').waitFor();
    await officeRow.locator('.ant-table-row-expand-icon').click();
    await office.page.locator('.problem-detail').getByText(measure).waitFor();
    await screenshot(office.page, 'problems-office-closed');
    expect(office.errors).toEqual([]);
    expect(dept.errors).toEqual([]);
  });

  it('the lead department asks for an extension and for closure with evidence; the office decides both', async () => {
    const dept = await pageAs(LEAD_DEPARTMENT);
    await dept.page.goto(`${api.baseUrl}/tasks/${task2Id}`);
    await dept.page.getByRole('button', { name: '申请延期' }).click();
    const extension = dialog(dept.page);
    await extension.getByLabel('延期至').fill('2027-06-30');
    await extension.getByLabel('延期至').press('Enter');
    // The wording a plan would print is offered from the date.
    expect(await extension.getByLabel('时限表述').inputValue()).toBe('2027年6月底前');
    await extension.getByLabel('申请理由').fill('需省级平台配合改造，申请延期。');
    await extension.getByRole('button', { name: '提交申请' }).click();
    await timelineItem(dept.page, '申请延期至2027年6月底前').waitFor();

    await dept.page.getByRole('button', { name: '申请销号' }).click();
    const closure = dialog(dept.page);
    await closure.getByLabel('完成情况说明').fill('“证照分离”改革已全覆盖。');
    await closure.locator('input[type=file]').setInputFiles({
      name: '证照分离改革完成情况.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Closure evidence'),
    });
    await closure.locator('.evidence-item a', { hasText: '证照分离改革完成情况.pdf' }).waitFor();
    await closure.getByRole('button', { name: '提交销号申请' }).click();
    await dept.page.locator('.tracking-bar__status').getByText('已完成（待销号）').waitFor();
    // Asked once: no second closure request while this one waits.
    expect(await dept.page.getByRole('button', { name: '申请销号' }).count()).toBe(0);

    const office = await pageAs(OFFICE, 1440);
    await office.page.goto(`${api.baseUrl}/tasks/${task2Id}`);
    const pending = (kind: string) =>
      office.page.locator('.pending-request').filter({ hasText: kind });
    await pending('销号申请').getByRole('link', { name: '证照分离改革完成情况.pdf' }).waitFor();
    await screenshot(office.page, 'tracking-pending-requests', true);

    await pending('延期申请')
      .getByRole('button', { name: buttonName('同意') })
      .click();
    await office.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('同意') })
      .click();
    await office.page.locator('.tracking-bar__original').getByText(/原定/).waitFor();
    expect(await office.page.locator('.tracking-bar__deadline').innerText()).toContain(
      '2027年6月底前',
    );
    await timelineItem(office.page, '完成时限延至2027年6月底前').waitFor();

    await pending('销号申请')
      .getByRole('button', { name: buttonName('同意') })
      .click();
    await office.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('同意') })
      .click();
    await office.page.locator('.tracking-bar__status').getByText('已销号').waitFor();
    await timelineItem(office.page, '同意销号').waitFor();
    // The pending list refreshes after the decision: wait for it rather than read it once.
    await office.page.locator('.pending-request').first().waitFor({ state: 'detached' });
    await screenshot(office.page, 'tracking-closed', true);
    expect(office.errors).toEqual([]);
    expect(dept.errors).toEqual([]);
  });

  it("merges the task's monthly reports into its timeline", async () => {
    const now = new Date(Date.now() + 8 * 3600_000);
    const period = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const month = `${now.getUTCFullYear()}年${now.getUTCMonth() + 1}月`;
    const department = await apiAs(api.baseUrl, LEAD_DEPARTMENT);
    const draft = await department.request<{ id: number; version: number }>(
      'PUT',
      `/tasks/${taskId}/reports/${period}`,
      {
        workDone: '已设立企业开办专区。',
        problems: '',
        nextSteps: '推进银行开户线上预约。',
        completionPercent: 40,
      },
    );
    const submitted = await department.request<{ id: number; version: number }>(
      'POST',
      `/reports/${draft.id}/submit`,
      { version: draft.version },
    );
    const office = await apiAs(api.baseUrl, OFFICE);
    await office.request('POST', `/reports/${submitted.id}/return`, {
      reason: '请补充办件量数据。',
      version: submitted.version,
    });

    const { page, errors } = await pageAs(OFFICE);
    await page.goto(`${api.baseUrl}/tasks/${taskId}`);
    await timelineItem(page, `${leadName}报送${month}进展报告`).waitFor();
    const returned = timelineItem(page, '报告退回');
    expect(await returned.innerText()).toContain('退回理由：请补充办件量数据。');
    // An entry links to the report it is about.
    await returned.getByRole('link').click();
    await page.waitForURL(`**/tasks/${taskId}/reports/${period}`);
    expect(errors).toEqual([]);
  });

  it('fits the task page, with its tracking, on a phone (375px)', async () => {
    const { page, errors } = await pageAs(LEAD_DEPARTMENT, 375, 812);
    await page.goto(`${api.baseUrl}/tasks/${taskId}`);
    await page.locator('.tracking-bar__status').waitFor();
    await page
      .locator('.task-timeline .activity-timeline, .task-timeline .ant-empty')
      .first()
      .waitFor();
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'phone-task-tracking', true);
    expect(errors).toEqual([]);
  });
});
