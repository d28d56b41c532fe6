import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, fillLogin, newContext, signIn } from './support/accounts';
import { startApi, type RunningApi } from './support/api-server';
import { launchBrowser, watchErrors } from './support/browser';
import { SCREENSHOT_DIR } from './support/paths';

/**
 * Accounts in the browser: the office creates a department user, who must replace the initial
 * password (the shared rules ticked off live) before anything else; an expired session sends the
 * user to the login page and back; a disabled account cannot sign in.
 */

const OFFICE = 'linyou.office';
const NEW_USER = 'linyou.fgj2';
const INITIAL_PASSWORD = 'Chushi#2026ab';
const NEW_PASSWORD = 'Gaige!Youhua88';

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function openPage(width = 1366, height = 900) {
  const context = await newContext(browser, { width, height });
  contexts.push(context);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

/** The browser logs refused requests; these journeys expect some 401s, and nothing else. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 401'));

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

describe('account journey', () => {
  it('the office creates a user; the user must change the initial password, then works; the office disables the account', async () => {
    const office = await openPage();
    await signIn(office.page, api.baseUrl, OFFICE, '/office/users');
    await office.page.locator(`tr[data-username="${OFFICE}"]`).waitFor();
    await office.page.getByRole('button', { name: buttonName('新建用户') }).click();

    const dialog = office.page.locator('.ant-modal', { hasText: '新建用户' });
    await dialog.getByLabel('用户名').fill(NEW_USER);
    await dialog.getByLabel('姓名或称呼').fill('县发改局 王强');
    await dialog.getByLabel('所属部门').click();
    await dialog.getByLabel('所属部门').fill('县发改局');
    await office.page
      .locator('.ant-select-dropdown')
      .getByText('县发改局', { exact: true })
      .click();
    // The initial password must follow the shared rules too.
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: buttonName('创建') }).click();
    await dialog.getByText('密码至少 10 位').waitFor();
    await dialog.getByLabel('初始密码').fill(INITIAL_PASSWORD);
    await dialog.getByText('密码至少 10 位').waitFor({ state: 'detached' });
    await screenshot(office.page, 'users-create');
    await dialog.getByRole('button', { name: buttonName('创建') }).click();
    const row = office.page.locator(`tr[data-username="${NEW_USER}"]`);
    await row.getByText('待修改初始密码').waitFor();
    await screenshot(office.page, 'users-list');
    expect(office.errors).toEqual([]);

    const user = await openPage();
    await signIn(user.page, api.baseUrl, NEW_USER, '/workspace', INITIAL_PASSWORD);
    // Nothing opens before the password is changed.
    await user.page.waitForURL(/\/change-password/);
    await user.page.goto(`${api.baseUrl}/workspace`);
    await user.page.waitForURL(/\/change-password/);

    await user.page.getByLabel('初始密码').fill(INITIAL_PASSWORD);
    const rules = user.page.locator('.password-rules li');
    await user.page.getByLabel('新密码', { exact: true }).fill('abcdefghij');
    expect(
      await rules.evaluateAll((items) => items.map((i) => i.getAttribute('data-met'))),
    ).toEqual(['true', 'false', 'true']);
    await user.page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    expect(
      await rules.evaluateAll((items) => items.map((i) => i.getAttribute('data-met'))),
    ).toEqual(['true', 'true', 'true']);
    await user.page.getByLabel('确认新密码').fill(NEW_PASSWORD);
    await screenshot(user.page, 'change-password');
    await user.page.getByRole('button', { name: buttonName('修改密码') }).click();
    await user.page.waitForURL(/\/workspace/);
    await user.page.getByRole('heading', { name: '我的任务' }).waitFor();

    // The session ends (here: its cookie is gone); the next request leads to the login page,
    // which brings the user back to the same month afterwards.
    await user.context.clearCookies();
    const previous = await user.page.locator('.period-select').innerText();
    await user.page.locator('.period-select').click();
    await user.page.locator('.ant-select-item-option').nth(1).click();
    await user.page.waitForURL(/\/login\?next=/);
    const next = new URL(user.page.url()).searchParams.get('next') ?? '';
    expect(next).toMatch(/^\/workspace\?period=\d{4}-\d{2}$/);
    await user.page.getByText('请先登录').waitFor();
    await screenshot(user.page, 'login-session-ended');
    await fillLogin(user.page, NEW_USER, NEW_PASSWORD);
    await user.page.waitForURL((url) => url.pathname + url.search === next);
    expect(await user.page.locator('.period-select').innerText()).not.toBe(previous);
    expect(unexpected(user.errors)).toEqual([]);

    await row.getByRole('button', { name: buttonName('停用') }).click();
    await office.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('停用') })
      .click();
    await row.getByText('已停用').waitFor();

    const again = await openPage();
    await again.page.goto(`${api.baseUrl}/login`);
    await fillLogin(again.page, NEW_USER, NEW_PASSWORD);
    // The server's words, verbatim: they do not tell a disabled account from a wrong password.
    await again.page
      .getByRole('alert')
      .getByText('用户名或密码错误（连续失败5次将锁定15分钟）')
      .waitFor();
    expect(again.page.url()).toMatch(/\/login$/);
    expect(unexpected(again.errors)).toEqual([]);
    expect(unexpected(office.errors)).toEqual([]);
  }, 120_000);
});
