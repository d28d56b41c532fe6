import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_MAIN, REPO_ROOT, WEB_DIST } from './paths';

export interface RunningApi {
  baseUrl: string;
  /** The last lines the API printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function assertBuilt() {
  const missing = [API_MAIN, path.join(WEB_DIST, 'index.html')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Build first (npx nx run web:e2e builds api and web): missing ${missing.join(', ')}`,
    );
  }
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The API exited with code ${child.exitCode} before it was healthy:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not healthy within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the built API (apps/api/dist/main.js) on a fresh SQLite file and a free port, serving the
 * built web app; resolves once /api/health answers. The empty database is migrated and seeded by
 * the API itself at start-up.
 */
export async function startApi(options: { demoHistory?: boolean } = {}): Promise<RunningApi> {
  assertBuilt();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bizenv-e2e-db-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const output = () => lines.slice(-40).join('');

  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${path.join(dataDir, 'e2e.sqlite')}`,
      // Evidence files of the run go with its database, removed together.
      DATA_DIR: dataDir,
      APP_MODE: 'demo',
      // Journeys start from the plans alone (relative periods, tasks not started yet) unless they
      // ask for the demo history (docs/demo-history.md), as a dashboard journey does.
      DEMO_HISTORY: options.demoHistory ? 'true' : 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST_DIR: WEB_DIST,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output, stop };
}
