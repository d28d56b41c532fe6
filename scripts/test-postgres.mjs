// Runs the API suite against PostgreSQL when a server is reachable.
// Under CI=true an unreachable server fails the run; a developer without PostgreSQL
// gets one clear line and the SQLite half stays the only one that ran.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

const url = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const port = Number(url.port || 5432);

function reachable(host, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

if (!(await reachable(url.hostname))) {
  const line = `PostgreSQL is not reachable at ${url.host}: the API suite ran on SQLite only.`;
  if (process.env.CI === 'true') {
    console.error(`FAIL: ${line} CI requires both databases.`);
    process.exit(1);
  }
  console.warn(`SKIPPED: ${line} Start PostgreSQL (or set TEST_POSTGRES_URL) to run it.`);
  process.exit(0);
}

const run = spawnSync('npx', ['nx', 'run', 'api:test:pg', '--skip-nx-cache'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
