import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, buttonName, newContext, signIn, type ApiSession } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';

/**
 * The ledger journey: the county office downloads its plan's ledger from the plan page, edits it
 * in "Excel", uploads it, sees a bad cell reported by row and column, fixes it, previews the
 * change and confirms; the task then carries the new name.
 */

const OFFICE_USER = 'linyou.office';
const PLAN_KEY = 'linyou-2021';
const NEW_TITLE = '台账导入后的任务名称';

let api: RunningApi;
let browser: Browser;
let context: BrowserContext;
let office: ApiSession;
let planId: number;
const workDir = mkdtempSync(path.join(os.tmpdir(), 'bizenv-ledger-'));

interface TaskNode {
  code: string;
  title: string;
  children: TaskNode[];
}

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  office = await apiAs(api.baseUrl, OFFICE_USER);
  const plans = await office.request<{ id: number; key: string }[]>(
    'GET',
    '/jurisdictions/610329/plans',
  );
  const plan = plans.find((p) => p.key === PLAN_KEY);
  if (!plan) throw new Error(`The API does not list ${PLAN_KEY}`);
  planId = plan.id;
  context = await newContext(browser, { width: 1280, height: 900 });
  await signIn(await context.newPage(), api.baseUrl, OFFICE_USER);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
});

/** Sets a cell of the task's row (found by 任务键) by its header, and saves the workbook. */
async function editLedger(source: string, target: string, header: string, value: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(source) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('台账')!;
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.text === header) column = index;
  });
  sheet.eachRow((row) => {
    if (row.getCell(1).text === `${PLAN_KEY}#1`) row.getCell(column).value = value;
  });
  writeFileSync(target, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function uploadLedger(page: Page, file: string) {
  await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles(file);
  return page.locator('.ant-modal').filter({ hasText: '导入台账' });
}

describe('ledger journey', () => {
  it('downloads the ledger, reports a bad cell, then previews and imports an edit', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${api.baseUrl}/plans/${planId}`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: buttonName('下载台账') }).click();
    const exported = path.join(workDir, 'exported.xlsx');
    await (await downloading).saveAs(exported);

    const bad = path.join(workDir, 'bad.xlsx');
    await editLedger(exported, bad, '状态', '进行中');
    let dialog = await uploadLedger(page, bad);
    await dialog.getByText('发现 1 处错误').waitFor();
    const errorRow = dialog.locator('.ant-table-row').first();
    expect(await errorRow.innerText()).toContain('J（状态）');
    expect(await dialog.getByRole('button', { name: buttonName('确认导入') }).isDisabled()).toBe(
      true,
    );
    await dialog.getByRole('button', { name: buttonName('取消') }).click();
    await dialog.waitFor({ state: 'hidden' });

    const good = path.join(workDir, 'good.xlsx');
    await editLedger(exported, good, '任务名称', NEW_TITLE);
    dialog = await uploadLedger(page, good);
    await dialog.getByText('将更新 1 个任务').waitFor();
    expect(await dialog.innerText()).toContain(NEW_TITLE);
    await dialog.getByRole('button', { name: buttonName('确认导入') }).click();
    await dialog.getByText('已导入，更新 1 个任务').waitFor();

    const tree = await office.request<TaskNode[]>('GET', `/plans/${planId}/tasks`);
    expect(tree.find((task) => task.code === '1')?.title).toBe(NEW_TITLE);
    expect(errors).toEqual([]);
  });
});
