// Starts the built API (apps/api/dist/main.js) on a bench database as a child process, the way
// `npm start` runs it, and stops it again.
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath, URL } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../apps/api/dist/main.js', import.meta.url));
const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist/', import.meta.url));

function healthy(url) {
  return new Promise((resolve) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      })
      .on('error', () => resolve(false));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `databaseUrl`: sqlite:<file> or postgres://…; `dataDir`: a scratch directory. The scheduler is
 * off (its first pass would write notice drafts and notifications while we measure); production
 * mode creates no demo accounts; the plans exist, so nothing is seeded.
 */
export async function startApi({ databaseUrl, dataDir }) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_MODE: 'production',
      COOKIE_SECURE: 'false',
      SCHEDULER_INTERVAL_MINUTES: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      WEB_DIST_DIR: WEB_DIST,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited at start-up:\n${output}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The API did not answer /api/health within 120 s:\n${output}`);
    }
    if (await healthy(`${baseUrl}/api/health`)) break;
    await sleep(250);
  }
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
