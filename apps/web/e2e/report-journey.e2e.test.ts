import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, buttonName, newContext, signIn, type ApiSession } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { smallPdf } from './support/files';
import { SCREENSHOT_DIR } from './support/paths';
import { mainSeedPlan, readCatalog } from './support/seeds';

/**
 * The monthly reporting cycle in the browser, against the real API on a fresh database:
 * (a) a department submits its report with an evidence file; (b) the office returns a report with
 * a reason, the department reads it, edits and resubmits; (c) the office accepts a lead report and
 * the leader sees the task's completion move. Each test works on its own reporting month, so none
 * depends on what another left behind.
 */

const DEPARTMENT = 'linyou.xzsp';
const OFFICE = 'linyou.office';
const LEADER = 'linyou.leader';

const county = readCatalog().jurisdictions.find((j) => j.name === '麟游县');
if (!county) throw new Error('麟游县 is missing from seeds/catalog.json');
const plan = mainSeedPlan(county.code);
const task1 = plan.tasks.find((t) => t.code === '1' && t.parentCode === null);
if (!task1) throw new Error(`Task 1 is missing from ${plan.key}`);

interface Report {
  id: number;
  status: string;
  version: number;
  returnReason: string | null;
  events: { kind: string; reason: string | null }[];
}

/** "YYYY-MM" of the month `back` months before this one, in China (UTC+8). */
function periodBack(back: number): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

let api: RunningApi;
let browser: Browser;
let taskId: number;
let planId: number;
const contexts: BrowserContext[] = [];

async function openPage(width = 1366, height = 900) {
  const context = await newContext(browser, { width, height });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });

/** The department's draft saved and submitted through the API: the starting point of a review. */
async function submittedReport(
  department: ApiSession,
  period: string,
  completionPercent: number,
  withEvidence = false,
): Promise<Report> {
  const attachmentIds: string[] = [];
  if (withEvidence) {
    const file = await department.upload<{ id: string }>(
      '/attachments',
      '企业开办一网通办工作台账.pdf',
      smallPdf('Evidence for review'),
      'application/pdf',
    );
    attachmentIds.push(file.id);
  }
  const draft = await department.request<Report>('PUT', `/tasks/${taskId}/reports/${period}`, {
    workDone: '已在政务服务中心设立企业开办专区，实现一窗受理。',
    problems: '',
    nextSteps: '推进银行开户线上预约。',
    completionPercent,
    targetActuals: [],
    attachmentIds,
  });
  return department.request<Report>('POST', `/reports/${draft.id}/submit`, {
    version: draft.version,
  });
}

/** Opens the office inbox on a month and the report's review drawer. */
async function openForReview(page: Page, period: string, reportId: number) {
  await signIn(page, api.baseUrl, OFFICE, `/office/reports?period=${period}`);
  const row = page.locator(`tr[data-report-id="${reportId}"]`);
  await row.waitFor();
  await row.getByRole('button', { name: buttonName('审核') }).click();
  await page.locator('.report-review-drawer .report-view').waitFor();
}

async function confirm(page: Page, label: string) {
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: buttonName(label) })
    .click();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  api = await startApi();
  browser = await launchBrowser();
  const office = await apiAs(api.baseUrl, OFFICE);
  const plans = await office.request<{ id: number; title: string }[]>(
    'GET',
    `/jurisdictions/${county.code}/plans`,
  );
  const found = plans.find((p) => p.title === plan.title);
  if (!found) throw new Error(`The API does not list ${plan.title}`);
  planId = found.id;
  const tasks = await office.request<{ id: number; code: string }[]>(
    'GET',
    `/plans/${planId}/tasks`,
  );
  const task = tasks.find((t) => t.code === '1');
  if (!task) throw new Error('Task 1 is not in the plan tree');
  taskId = task.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

describe('monthly report journey', () => {
  it('(a) a department fills in its report, uploads a PDF and submits it: 已提交', async () => {
    const period = periodBack(1);
    const { page, errors } = await openPage();
    await signIn(page, api.baseUrl, DEPARTMENT, `/workspace?period=${period}`);

    const row = page.locator(`.obligation-row[data-task-id="${taskId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-report-status')).toBe('none');
    expect(await row.locator('.report-state-tag').innerText()).toBe('未填报');
    await screenshot(page, 'report-workspace');
    await row.getByRole('button', { name: buttonName('填报') }).click();
    await page.waitForURL(`**/tasks/${taskId}/reports/${period}`);

    await page
      .getByLabel('工作进展')
      .fill('完成企业开办“一网通办”平台部署，本月办结新开办企业 42 户。');
    await page.getByLabel('存在问题').fill('银行开户环节尚未接入平台。');
    await page.getByLabel('下步计划').fill('协调驻县金融机构接入。');
    await page.getByLabel('完成进度').fill('35');

    // A slow uplink (256 KB/s) and a 1 MB file, so that the progress bar can be seen moving.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /上传佐证材料/ }).click();
    await (
      await chooser
    ).setFiles({
      name: '一网通办平台截图说明.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Monthly evidence', 1024 * 1024),
    });
    const progress = page.locator('.evidence-item--pending .ant-progress');
    await progress.waitFor();
    await expect
      .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Saving waits for the upload.
    expect(await page.getByRole('button', { name: buttonName('保存草稿') }).isDisabled()).toBe(
      true,
    );
    await screenshot(page, 'report-uploading');
    await page
      .locator('.evidence-item a', { hasText: '一网通办平台截图说明.pdf' })
      .waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByLabel('完成进度').scrollIntoViewIfNeeded();
    await screenshot(page, 'report-form');

    await page
      .locator('.report-form__actions')
      .getByRole('button', { name: buttonName('提交') })
      .click();
    await page
      .locator('.ant-modal-confirm')
      .getByText('提交后不可修改，除非被营商办退回。')
      .waitFor();
    await confirm(page, '提交');

    await page.locator('.report-view').waitFor();
    expect(await page.locator('.report-page__meta .report-state-tag').innerText()).toBe('已提交');
    await page.locator('.report-view').getByText('本月办结新开办企业 42 户').waitFor();
    await page
      .locator('.report-view .evidence-item', { hasText: '一网通办平台截图说明.pdf' })
      .waitFor();
    // Read-only now: no form, no buttons to change it.
    expect(await page.locator('.report-form').count()).toBe(0);
    await screenshot(page, 'report-submitted');

    // Back through the breadcrumb, which keeps the month.
    await page.locator('.ant-breadcrumb').getByRole('link', { name: '我的任务' }).click();
    await page.waitForURL(`**/workspace?period=${period}`);
    await page
      .locator(`.obligation-row[data-task-id="${taskId}"] .report-state-tag`, { hasText: '已提交' })
      .waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('(b) the office returns a report with a reason; the department reads it, edits and resubmits', async () => {
    const period = periodBack(2);
    const department = await apiAs(api.baseUrl, DEPARTMENT);
    const report = await submittedReport(department, period, 20, true);
    const reason = '佐证材料缺少盖章页，请补充后重新报送。';

    const office = await openPage();
    await openForReview(office.page, period, report.id);
    const drawer = office.page.locator('.report-review-drawer');
    // The evidence downloads as the file the department uploaded.
    const download = office.page.waitForEvent('download');
    await drawer.locator('.evidence-item a', { hasText: '企业开办一网通办工作台账.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('企业开办一网通办工作台账.pdf');
    await screenshot(office.page, 'office-review');

    await drawer.getByRole('button', { name: buttonName('退回') }).click();
    const dialog = office.page.locator('.ant-modal', { hasText: '退回报告' });
    // A return needs a reason.
    await dialog.getByRole('button', { name: buttonName('退回') }).click();
    await dialog.getByText('请填写退回原因').waitFor();
    await dialog.getByLabel('退回原因').fill(reason);
    await dialog.getByRole('button', { name: buttonName('退回') }).click();
    await office.page.getByText('已退回，部门将看到退回原因').waitFor();
    // It leaves the list of reports waiting for review.
    await office.page.locator('.report-review-drawer .ant-drawer-close').click();
    await office.page.locator(`tr[data-report-id="${report.id}"]`).waitFor({ state: 'detached' });
    expect(office.errors).toEqual([]);

    const dept = await openPage();
    await signIn(dept.page, api.baseUrl, DEPARTMENT, '/workspace');
    const returned = dept.page.locator(
      `.returned-report[data-task-id="${taskId}"][data-period="${period}"]`,
    );
    await returned.getByText(`退回原因：${reason}`).waitFor();
    await screenshot(dept.page, 'workspace-returned');
    await returned.getByRole('button', { name: buttonName('修改重报') }).click();
    await dept.page.waitForURL(`**/tasks/${taskId}/reports/${period}`);
    await dept.page.locator('.report-return-reason').getByText(reason).waitFor();
    await screenshot(dept.page, 'report-returned');

    await dept.page.getByLabel('工作进展').fill('已补充盖章页；企业开办专区本月受理 38 件。');
    await dept.page
      .locator('.report-form__actions')
      .getByRole('button', { name: buttonName('提交') })
      .click();
    await confirm(dept.page, '提交');
    await dept.page.locator('.report-view').getByText('企业开办专区本月受理 38 件').waitFor();
    expect(await dept.page.locator('.report-page__meta .report-state-tag').innerText()).toBe(
      '已提交',
    );

    const stored = await department.request<Report>('GET', `/reports/${report.id}`);
    expect(stored.status).toBe('submitted');
    expect(stored.events.map((e) => e.kind)).toEqual(['submitted', 'returned', 'submitted']);
    expect(stored.events[1]?.reason).toBe(reason);
    expect(dept.errors).toEqual([]);
  }, 120_000);

  it('(c) the office accepts a lead report and the leader sees the task completion on the plan and task pages', async () => {
    const period = periodBack(0);
    const department = await apiAs(api.baseUrl, DEPARTMENT);
    const report = await submittedReport(department, period, 60);

    const office = await openPage();
    await openForReview(office.page, period, report.id);
    await office.page
      .locator('.report-review-drawer')
      .getByRole('button', { name: buttonName('通过') })
      .click();
    await confirm(office.page, '通过');
    await office.page.getByText('已审核通过').waitFor();
    expect(office.errors).toEqual([]);

    const leader = await openPage(1440, 900);
    await signIn(leader.page, api.baseUrl, LEADER);
    // Leaders start on their jurisdiction's dashboard.
    expect(new URL(leader.page.url()).pathname).toBe(`/j/${county.code}/dashboard`);
    await leader.page.goto(`${api.baseUrl}/plans/${planId}`);
    const row = leader.page.locator('tr[data-task-code="1"]');
    await row.waitFor();
    await row.locator('.task-completion').getByText('60%').waitFor();
    await row.scrollIntoViewIfNeeded();
    await screenshot(leader.page, 'leader-plan');

    await row.getByRole('link', { name: task1.title }).click();
    await leader.page.waitForURL(`**/tasks/${taskId}`);
    await leader.page.locator('.task-facts .task-completion').getByText('60%').waitFor();
    await screenshot(leader.page, 'leader-task');
    expect(leader.errors).toEqual([]);
  }, 120_000);

  it('(d) a report changed elsewhere since it was opened is not overwritten: 重新加载 shows the current text', async () => {
    const period = periodBack(3);
    const department = await apiAs(api.baseUrl, DEPARTMENT);
    const draft = await department.request<Report>('PUT', `/tasks/${taskId}/reports/${period}`, {
      workDone: '第一稿',
    });

    const { page, errors } = await openPage();
    await signIn(page, api.baseUrl, DEPARTMENT, `/tasks/${taskId}/reports/${period}`);
    await expect
      .poll(() => page.getByLabel('工作进展').inputValue(), { timeout: 15_000 })
      .toBe('第一稿');
    // A colleague saves the same draft in another tab meanwhile.
    await department.request('PUT', `/tasks/${taskId}/reports/${period}`, {
      workDone: '同事修改后的第二稿',
      version: draft.version,
    });

    await page.getByLabel('工作进展').fill('我的修改');
    await page.getByRole('button', { name: buttonName('保存草稿') }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '该记录已被他人修改' });
    await conflict.waitFor();
    await screenshot(page, 'report-conflict');
    await conflict.getByRole('button', { name: buttonName('重新加载') }).click();
    await expect
      .poll(() => page.getByLabel('工作进展').inputValue(), { timeout: 15_000 })
      .toBe('同事修改后的第二稿');
    await conflict.waitFor({ state: 'detached' });
    // The browser logs the refused save (409); nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 409'))).toEqual([]);
  });
});
