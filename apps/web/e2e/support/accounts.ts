import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './paths';

/**
 * The demo password, read from the API's demo seeding (the root README's demo accounts table
 * repeats it), so the journeys follow it if it ever changes.
 */
export function demoPassword(): string {
  const source = readFileSync(path.join(REPO_ROOT, 'apps/api/src/users/demo-accounts.ts'), 'utf8');
  const match = /DEMO_PASSWORD\s*=\s*'([^']+)'/.exec(source);
  if (!match?.[1])
    throw new Error('DEMO_PASSWORD not found in apps/api/src/users/demo-accounts.ts');
  return match[1];
}

export interface ViewportOptions {
  width: number;
  height: number;
  mobile?: boolean;
}

/** A fresh browser context (its own cookies), Chinese locale and Beijing time. */
export function newContext(browser: Browser, viewport: ViewportOptions): Promise<BrowserContext> {
  const mobile = viewport.mobile ?? false;
  return browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: mobile ? 2 : 1,
  });
}

/**
 * Signs in through the login page, as a person would, and waits until the app has left it (for
 * `next` or the role's start page).
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  next = '/',
  password = demoPassword(),
) {
  await page.goto(`${baseUrl}${next}`);
  await page.waitForURL(/\/login/);
  await fillLogin(page, username, password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Types the credentials into the login page and presses 登录. */
export async function fillLogin(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
}

/**
 * A button by its label. antd puts a space between two Chinese characters ("登 录"), and an icon
 * adds its own name in front ("check 通 过"): the label must end the name.
 */
export function buttonName(label: string): RegExp {
  const chars = [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|\\s)${chars.join('\\s*')}\\s*$`);
}

/** The API as a signed-in user, for setup and lookups outside the browser. */
export interface ApiSession {
  request: <T>(method: string, apiPath: string, body?: unknown) => Promise<T>;
  /** POST multipart with one file (field "file"), as the evidence upload expects. */
  upload: <T>(apiPath: string, name: string, content: Buffer, type: string) => Promise<T>;
}

export async function apiAs(baseUrl: string, username: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword() }),
  });
  if (!login.ok) {
    throw new Error(`Sign-in of ${username} failed: ${login.status} ${await login.text()}`);
  }
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  const send = async <T>(method: string, apiPath: string, init: RequestInit): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${apiPath}`, {
      ...init,
      method,
      headers: { cookie, 'X-CSRF-Token': csrfToken, ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  return {
    request: (method, apiPath, body) =>
      send(method, apiPath, {
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    upload: (apiPath, name, content, type) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)], { type }), name);
      return send('POST', apiPath, { body: form });
    },
  };
}
