import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The system Chromium, headless. `launch` gives every run a fresh temporary profile
 * (user-data-dir) of its own and removes it on close; no browser is downloaded.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects uncaught page errors and console errors, so a test can assert there were none. The one
 * refusal the app expects is not counted: the 401 of the session check (GET /api/auth/me) when a
 * signed-out visitor opens a page, which the browser logs as a failed resource.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const expected =
      message.location().url.endsWith('/api/auth/me') && message.text().includes('401');
    if (!expected) errors.push(`console: ${message.text()}`);
  });
  return errors;
}
