// One database's run: build the dataset, start the API on it, measure every scenario over HTTP
// and as raw SQL, stop the API, drop the bench database.
import { URL } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { BENCH_PASSWORD, buildPostgresDataset, buildSqliteDataset } from './dataset/build.mjs';
import { timeFrame } from './dataset/time.mjs';
import { startApi } from './http/api-process.mjs';
import { createClient } from './http/client.mjs';
import { concurrent, ownCpu, processCpu, sequential } from './measure.mjs';
import { postgresRunner, sqliteRunner } from './raw/drivers.mjs';
import { prepareScenarios } from './scenarios.mjs';

export const BENCH_DATABASE = 'bizenv_bench';

/** A dedicated database on the server of `adminUrl`, dropped before and after. */
async function withPostgresDatabase(adminUrl, work) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const drop = () => admin.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
  try {
    await drop();
    await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${BENCH_DATABASE}`;
    return await work(url.toString());
  } finally {
    await drop();
    await admin.end();
  }
}

export async function runDatabase(kind, options) {
  const { scale, tmpDir, postgresUrl, log } = options;
  const frame = timeFrame(scale.months);
  const dataDir = path.join(tmpDir, `${kind}-data`);
  fs.mkdirSync(dataDir, { recursive: true });
  const measureOn = async (databaseUrl, dataset, runner) => {
    log(
      `${kind}: dataset ready (${dataset.rows.progress_report} reports, ${(dataset.totalMs / 1000).toFixed(1)} s); starting the API`,
    );
    const api = await startApi({ databaseUrl, dataDir });
    const client = createClient(api.baseUrl);
    try {
      const cpu = { api: processCpu(api.pid), raw: kind === 'sqlite' ? ownCpu : undefined };
      const results = await measureScenarios({ client, runner, dataset, frame, options, cpu });
      const lighthouse =
        kind === 'sqlite' && options.lighthouse
          ? await options.lighthouse(lighthouseTarget(api.baseUrl, dataset))
          : undefined;
      return { kind, frame, dataset: summary(dataset), ...results, lighthouse };
    } finally {
      client.close();
      await runner.close();
      await api.stop();
    }
  };
  if (kind === 'sqlite') {
    const file = path.join(tmpDir, 'bench.sqlite');
    log('sqlite: generating the dataset');
    const dataset = await buildSqliteDataset(file, { scale, frame });
    const size = fs.statSync(file).size;
    return { ...(await measureOn(`sqlite:${file}`, dataset, sqliteRunner(file))), fileBytes: size };
  }
  return withPostgresDatabase(postgresUrl, async (url) => {
    log(`postgres: generating the dataset in ${BENCH_DATABASE}`);
    const dataset = await buildPostgresDataset(url, { scale, frame });
    return measureOn(url, dataset, postgresRunner(url));
  });
}

/** The dashboard page of the measured county, as its leader sees it. */
function lighthouseTarget(baseUrl, dataset) {
  const accounts =
    dataset.accounts.find((a) => a.county.city.code === '610300') ?? dataset.accounts[0];
  return {
    baseUrl,
    username: accounts.leader,
    password: BENCH_PASSWORD,
    pathname: `/j/${accounts.county.code}/dashboard`,
  };
}

function summary(dataset) {
  const { rows, totalMs, cpuMs, indexMs, derivedMs, generationMs, analyzeMs } = dataset;
  const { sqliteVersion, postgresVersion } = dataset;
  return {
    rows,
    totalMs,
    cpuMs,
    indexMs,
    derivedMs,
    generationMs,
    analyzeMs,
    sqliteVersion,
    postgresVersion,
    counties: dataset.counties.length,
  };
}

async function measureScenarios({ client, runner, dataset, frame, options, cpu }) {
  const { scenarios, where, dashboardsBuilt } = await prepareScenarios({
    client,
    runner,
    dataset,
    frame,
  });
  const results = [];
  for (const scenario of scenarios) {
    if (scenario.missing) {
      options.log(`  ${scenario.label}: not measured (${scenario.missing.slice(0, 160)})`);
      results.push({ key: scenario.key, label: scenario.label, missing: scenario.missing });
      continue;
    }
    const result = { key: scenario.key, label: scenario.label };
    try {
      const heavy = scenario.key === 'bulletin' || scenario.key === 'province';
      const http = await sequential(scenario.operation, {
        warmup: options.quick ? 2 : 5,
        count: options.quick ? 30 : heavy ? 100 : 300,
        maxMs: options.quick ? 5_000 : 20_000,
        minCount: options.quick ? 10 : 30,
        cpu: cpu.api,
      });
      result.http = { ...http, last: undefined, bytes: http.last.bytes };
      if (scenario.raw) {
        const raw = await sequential(scenario.raw, {
          warmup: 5,
          count: options.quick ? 30 : 300,
          maxMs: options.quick ? 5_000 : 15_000,
          cpu: cpu.raw,
        });
        result.raw = { ...raw, last: undefined };
      }
      if (scenario.throughput) {
        result.throughput = await concurrent(scenario.operation, {
          connections: 10,
          durationMs: options.quick ? 2_000 : 10_000,
        });
      }
    } catch (error) {
      result.error = String(error.message ?? error).slice(0, 500);
    }
    options.log(`  ${describe(result)}`);
    results.push(result);
  }
  return { where, dashboardsBuilt, results };
}

const ms = (value) => (value === undefined ? '—' : `${value.toFixed(value < 10 ? 2 : 1)} ms`);

function describe(result) {
  if (result.error) return `${result.label}: FAILED ${result.error}`;
  const parts = [
    `${result.label}: p50 ${ms(result.http.p50)}, p95 ${ms(result.http.p95)}, p99 ${ms(result.http.p99)}`,
  ];
  if (result.raw)
    parts.push(`raw p50 ${ms(result.raw.p50)} (×${(result.http.p50 / result.raw.p50).toFixed(2)})`);
  if (result.http.cpuPerRun !== undefined) parts.push(`API CPU ${ms(result.http.cpuPerRun)}/req`);
  if (result.throughput) parts.push(`${result.throughput.perSecond.toFixed(0)} req/s @10`);
  parts.push(`${(result.http.bytes / 1024).toFixed(1)} KB`);
  return parts.join(', ');
}
