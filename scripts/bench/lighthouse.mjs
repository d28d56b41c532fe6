#!/usr/bin/env node
// Lighthouse 12 performance run of one page of a running server, signed in: logs in through
// POST /api/auth/login, hands the session cookie to Lighthouse (extraHeaders), and audits the
// page in headless chromium. Prints the score and the metrics behind it; with --json, the last
// line is one JSON object ({ score, detail, metrics, javascript }) for scripts/bench.
//
//   node scripts/bench/lighthouse.mjs --url http://127.0.0.1:3000 --username linyou.leader \
//     [--password …] [--path /j/610329/dashboard] [--preset desktop|mobile] [--json] [--save lhr.json]
//
// Without --path the page is the user's dashboard (/j/<their jurisdiction>/dashboard). Without
// --password the demo password is read from the API's demo accounts.
import console from 'node:console';
import fs from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const DEMO_ACCOUNTS = new URL('../../apps/api/src/users/demo-accounts.ts', import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    username: { type: 'string', default: 'linyou.leader' },
    password: { type: 'string' },
    path: { type: 'string' },
    // Leaders read the dashboard on office desktops and the wall display: desktop by default.
    preset: { type: 'string', default: 'desktop' },
    json: { type: 'boolean', default: false },
    // Writes Lighthouse's whole JSON report there, for a closer look (main-thread breakdown…).
    save: { type: 'string' },
  },
});

function demoPassword() {
  const match = /DEMO_PASSWORD\s*=\s*'([^']+)'/.exec(fs.readFileSync(DEMO_ACCOUNTS, 'utf8'));
  if (!match) throw new Error('DEMO_PASSWORD not found in apps/api/src/users/demo-accounts.ts');
  return match[1];
}

/** Signs in and returns the Cookie header of the session and the user. */
async function signIn(baseUrl, username, password) {
  const response = await globalThis.fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) {
    throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { user } = await response.json();
  return { cookie, user };
}

const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The figures worth printing from a Lighthouse result. */
function summarise(lhr, preset) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter(
    (item) => item.resourceType === 'Script',
  );
  const transferred = scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const decoded = scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    detail: `Lighthouse ${lhr.lighthouseVersion}, ${preset} preset, simulated throttling, headless chromium`,
    url: lhr.finalDisplayedUrl,
    metrics: {
      firstContentfulPaintMs: round(audit('first-contentful-paint')),
      largestContentfulPaintMs: round(audit('largest-contentful-paint')),
      totalBlockingTimeMs: round(audit('total-blocking-time')),
      cumulativeLayoutShift: round(audit('cumulative-layout-shift') ?? 0, 3),
      speedIndexMs: round(audit('speed-index')),
    },
    javascript: {
      requests: scripts.length,
      transferredKb: round(transferred / 1024, 1),
      decodedKb: round(decoded / 1024, 1),
    },
  };
}

async function main() {
  const baseUrl = args.url.replace(/\/$/, '');
  if (args.preset !== 'desktop' && args.preset !== 'mobile') {
    throw new Error(`--preset must be desktop or mobile, not ${args.preset}`);
  }
  const { cookie, user } = await signIn(baseUrl, args.username, args.password ?? demoPassword());
  const pathname = args.path ?? `/j/${user.jurisdictionCode}/dashboard`;

  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const result = await lighthouse(
      `${baseUrl}${pathname}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: cookie },
      },
      args.preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) {
      throw new Error(
        `Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    }
    if (args.save) fs.writeFileSync(args.save, JSON.stringify(result.lhr));
    const summary = summarise(result.lhr, args.preset);
    if (args.json) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      console.log(`${summary.url}: performance ${summary.score} (${summary.detail})`);
      console.log(summary.metrics);
      console.log(summary.javascript);
    }
  } finally {
    await chrome.kill();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
