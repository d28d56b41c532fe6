// Writes docs/benchmarks.md from a run. The "Notes" section at the end is written by people
// and kept as it is when the bench rewrites the file.
import fs from 'node:fs';
import { checkGoals } from './goals.mjs';

const NOTES_MARKER = '<!-- Notes below are kept when `npm run bench` rewrites this file. -->';

const ms = (v) => (v === undefined ? '—' : v.toFixed(v < 10 ? 2 : 1));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const verdict = (met) => (met === null ? '—' : met ? 'met' : '**missed**');

function endpointTable(run) {
  const lines = [
    '| endpoint | p50 ms | p95 ms | p99 ms | n | req/s @10 | raw SQL p50 / p95 ms | API / raw (p50) | API CPU ms/req | raw CPU ms | response |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of run.results) {
    if (r.missing || r.error) {
      lines.push(
        `| ${r.label} | ${r.missing ? 'not in this build' : `failed: ${r.error.replace(/\|/g, '/').slice(0, 120)}`} ||||||||||`,
      );
      continue;
    }
    const raw = r.raw ? `${ms(r.raw.p50)} / ${ms(r.raw.p95)}` : '—';
    const ratio = r.raw ? `×${(r.http.p50 / r.raw.p50).toFixed(2)}` : '—';
    const rps = r.throughput ? r.throughput.perSecond.toFixed(0) : '—';
    lines.push(
      `| ${r.label} | ${ms(r.http.p50)} | ${ms(r.http.p95)} | ${ms(r.http.p99)} | ${r.http.n} | ${rps} | ${raw} | ${ratio} | ${ms(r.http.cpuPerRun)} | ${ms(r.raw?.cpuPerRun)} | ${kb(r.http.bytes)} KB |`,
    );
  }
  return lines.join('\n');
}

function datasetTable(runs) {
  const tables = Object.keys(runs[0].dataset.rows);
  const head = `| table | ${runs.map((r) => r.kind).join(' | ')} |\n|---|${runs.map(() => '--:').join('|')}|`;
  const rows = tables.map(
    (t) =>
      `| ${t} | ${runs.map((r) => (r.dataset.rows[t] ?? 0).toLocaleString('en-US')).join(' | ')} |`,
  );
  const timing = (label, pick) => `| ${label} | ${runs.map((r) => pick(r.dataset)).join(' | ')} |`;
  const s = (v) => (v === undefined ? '—' : `${(v / 1000).toFixed(1)} s`);
  return [
    head,
    ...rows,
    timing('**load, total** (one transaction, wall clock)', (d) => `**${s(d.totalMs)}**`),
    timing('load, CPU time of the loading process', (d) => s(d.cpuMs)),
    timing('computing the rows in JS alone (dry run, CPU time)', (d) => s(d.generationMs)),
    timing('of which: rebuilding indexes (wall clock)', (d) => s(d.indexMs)),
    timing('of which: derived events and actuals in SQL (wall clock)', (d) => s(d.derivedMs)),
    timing('VACUUM ANALYZE after the load', (d) => s(d.analyzeMs)),
  ].join('\n');
}

function runSection(run) {
  const title = run.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const version =
    run.kind === 'sqlite'
      ? `SQLite ${run.dataset.sqliteVersion}`
      : `PostgreSQL ${run.dataset.postgresVersion}`;
  const size = run.fileBytes ? `, database file ${(run.fileBytes / 2 ** 20).toFixed(0)} MiB` : '';
  return `### ${title}

${version}${size}. Load average during the run: ${run.load.before.join(' / ')} before, ${run.load.after.join(' / ')} after (1 / 5 / 15 min).

${endpointTable(run)}`;
}

function webSection(web) {
  if (!web?.size) return 'The web build (apps/web/dist) was not found.';
  const files = web.size.files
    .map((f) => `| ${f.file} | ${kb(f.bytes)} KB | ${kb(f.gzipBytes)} KB |`)
    .join('\n');
  const lighthouse =
    typeof web.lighthouse?.score === 'number'
      ? `Lighthouse performance score of the county dashboard page as its leader (${web.lighthouse.detail ?? 'chromium'}): **${web.lighthouse.score}**. Metrics: ${JSON.stringify(web.lighthouse.metrics ?? {})}; JavaScript: ${JSON.stringify(web.lighthouse.javascript ?? {})}.`
      : `Lighthouse: ${web.lighthouse?.error ?? 'not run'}.`;
  return `First load (index.html's module script, its modulepreloads and their static imports): **${kb(web.size.gzipBytes)} KB gzipped** (${kb(web.size.bytes)} KB raw); every chunk of the build together: ${kb(web.size.allChunksGzipBytes)} KB gzipped.

| file | raw | gzip |
|---|--:|--:|
${files}

${lighthouse}`;
}

export function renderMarkdown({ env, runs, web, options, notes }) {
  const goals = checkGoals(runs, web);
  const where = runs[0]?.where;
  return `# Benchmarks

Produced by \`npm run bench\` (scripts/bench/); do not edit the figures by hand. The run generates
a province-scale dataset, starts the built API on it (\`APP_MODE=production\`, scheduler off) and
measures over HTTP, signed in through the real login route, then runs the same figures' SQL
through the driver alone (the "raw floor"). Options: \`--db sqlite|postgres|both\`, \`--quick\`.

## Latest run

- Date: ${env.date}${options.quick ? ' (**quick** dataset — not the reference scale)' : ''}
- Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB RAM, ${env.platform}
- Versions: Node ${env.node}, better-sqlite3 ${env.betterSqlite3}, pg ${env.pg}, TypeORM ${env.typeorm}, NestJS ${env.nest}, fastify ${env.fastify}${runs.map((r) => (r.kind === 'sqlite' ? `, SQLite ${r.dataset.sqliteVersion}` : `, PostgreSQL ${r.dataset.postgresVersion}`)).join('')}
- Measured: ${where ? `county ${where.county}, city ${where.city} (${where.cityCounties} counties), province 陕西省` : '—'}; "as of" today (the live dashboard)
- Method: per endpoint, warm-up, then up to 300 sequential requests at 1 connection (≤ 20 s; 100 for the province roll-up and the bulletin) for p50/p95/p99; then 10 connections for 10 s for req/s. The raw floor runs the API's own dashboard statements (apps/api/dist/dashboards/dashboard-queries.js) with the same parameters on one better-sqlite3 connection, or on a 10-connection pg pool with the same statements in parallel as the service; the bulletin's raw floor is the dashboard's SQL (the rest is rendering the files).

## Goals

| goal | measured | |
|---|---|---|
${goals.map((g) => `| ${g.text} | ${g.value} | ${verdict(g.met)} |`).join('\n')}

The EXPLAIN test (no full scan of the reports table) and the statement count per dashboard request
are API tests (apps/api/test/dashboards/), not part of this run.

## Endpoints

${runs.map(runSection).join('\n\n')}

## Dataset

1 province, ${runs[0]?.dataset.counties ?? '—'} counties under ${options.scale.cities} cities; per county ${options.scale.departments} departments (one account each), 6 leaders
(one account each), an office account, one three-year plan of ${options.scale.tasks} tasks (1 lead + 2 support departments, about
half with 1–2 targets), all ${options.scale.months} months of reports ending this month: the lead department every month while the
task is open, the support departments for the last 7 months; about 2% of reports missed, 8% late,
2% returned once. Task status history (task_event), 30 problems and 15 supervision notices per
county with their event histories. Deterministic for a given month (scripts/bench/dataset/).

${runs.length > 0 ? datasetTable(runs) : ''}

## Web

${webSection(web)}

## Notes

${NOTES_MARKER}
${notes ?? ''}`;
}

/** The hand-written notes of an existing file (empty when there is none). */
export function existingNotes(file) {
  if (!fs.existsSync(file)) return '';
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(NOTES_MARKER);
  return at < 0 ? '' : text.slice(at + NOTES_MARKER.length).replace(/^\n/, '');
}
