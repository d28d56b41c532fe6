// npm run bench [-- --db sqlite|postgres|both] [--quick] [--out file]
// Builds a province-scale dataset per database, measures the API and the raw SQL floor, and
// writes docs/benchmarks.md (a --quick run prints only, unless --out is given).
import console from 'node:console';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { SCALES } from './dataset/generate.mjs';
import { runLighthouse } from './lighthouse-step.mjs';
import { environment, loadAverage } from './report/environment.mjs';
import { existingNotes, renderMarkdown } from './report/markdown.mjs';
import { firstLoadJavaScript } from './report/web-size.mjs';
import { runDatabase } from './run-database.mjs';

const DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    'postgres-url': {
      type: 'string',
      default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function databases() {
  const postgresUp = await reachable(values['postgres-url']);
  const chosen = values.db ?? (postgresUp ? 'both' : 'sqlite');
  if (!['sqlite', 'postgres', 'both'].includes(chosen)) throw new Error(`--db ${chosen}?`);
  const kinds = chosen === 'both' ? ['sqlite', 'postgres'] : [chosen];
  if (kinds.includes('postgres') && !postgresUp) {
    throw new Error(`PostgreSQL is not reachable at ${values['postgres-url']}`);
  }
  if (!values.db && !postgresUp) console.warn('PostgreSQL not reachable: SQLite only.');
  return kinds;
}

const log = (line) => console.log(`[bench] ${line}`);

async function main() {
  const kinds = await databases();
  const scale = SCALES[values.quick ? 'quick' : 'full'];
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizenv-bench-'));
  const options = {
    scale,
    quick: values.quick,
    tmpDir,
    postgresUrl: values['postgres-url'],
    log,
    lighthouse: runLighthouse,
  };
  const env = environment();
  const runs = [];
  const web = { size: firstLoadJavaScript() };
  try {
    for (const kind of kinds) {
      const before = loadAverage();
      const run = await runDatabase(kind, options);
      if (run.lighthouse) web.lighthouse = run.lighthouse;
      runs.push({ ...run, load: { before, after: loadAverage() } });
    }
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  const out = values.out ?? (values.quick ? null : DOC);
  const rendered = renderMarkdown({ env, runs, web, options, notes: existingNotes(out ?? DOC) });
  // Formatted like every other file of the repository (prettier --check runs in npm test).
  const markdown = await prettier.format(rendered, {
    ...(await prettier.resolveConfig(DOC)),
    parser: 'markdown',
  });
  if (out) {
    fs.writeFileSync(out, markdown);
    log(`written to ${out}`);
  } else {
    console.log(markdown);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
