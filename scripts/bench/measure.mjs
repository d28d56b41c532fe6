// Latency percentiles at one connection and throughput at several, for any async operation (an
// HTTP request or a raw SQL run). Times are wall-clock milliseconds from performance.now().
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.at(-1),
  };
}

/**
 * Runs `operation` one at a time: `warmup` runs unmeasured, then up to `count` measured runs,
 * stopping early after `maxMs` once at least `minCount` ran. `operation` resolves with
 * { bytes } (or anything) and throws on failure. `cpu`, when given, reads the CPU time (ms) of
 * the process doing the work: the result then has its mean CPU time per run, a figure that
 * other load on a shared machine inflates much less than wall-clock latency.
 */
export async function sequential(
  operation,
  { warmup = 5, count = 200, minCount = 20, maxMs = 20_000, cpu } = {},
) {
  let last;
  for (let i = 0; i < warmup; i++) last = await operation();
  const latencies = [];
  const cpuBefore = cpu?.();
  const started = performance.now();
  while (latencies.length < count) {
    const before = performance.now();
    last = await operation();
    latencies.push(performance.now() - before);
    if (latencies.length >= minCount && performance.now() - started > maxMs) break;
  }
  const cpuPerRun = cpu ? (cpu() - cpuBefore) / latencies.length : undefined;
  return { ...summarize(latencies), cpuPerRun, last };
}

/** CPU time (ms) of this process, for work done on its own thread (better-sqlite3). */
export const ownCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time (ms) of another process from /proc (Linux); undefined elsewhere. */
export function processCpu(pid) {
  const file = `/proc/${pid}/stat`;
  if (!fs.existsSync(file)) return undefined;
  return () => {
    // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  };
}

/** USER_HZ: 100 on every mainstream Linux build. */
const CLOCK_TICKS = 100;

/** `connections` loops issuing `operation` back to back for `durationMs`; requests per second. */
export async function concurrent(operation, { connections = 10, durationMs = 10_000 } = {}) {
  const until = performance.now() + durationMs;
  let completed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await operation();
        completed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: completed, seconds, perSecond: completed / seconds };
}

/** An HTTP operation that fails unless the answer is 200, resolving with its size. */
export function httpOperation(session, path) {
  return async () => {
    const response = await session.get(path);
    if (response.status !== 200) {
      throw new Error(
        `GET ${path} answered ${response.status}: ${response.body.toString('utf8').slice(0, 300)}`,
      );
    }
    return {
      bytes: response.bytes,
      contentType: response.headers['content-type'],
      body: response.body,
    };
  };
}
