// The speed goals of issue 4, checked against a run's results.

const find = (run, key) => run?.results.find((result) => result.key === key && result.http);

/** Each goal: what it says, and the measured value with whether it holds (null: not measured). */
export function checkGoals(runs, web) {
  const sqlite = runs.find((run) => run.kind === 'sqlite');
  const postgres = runs.find((run) => run.kind === 'postgres');
  const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  const goal = (text, measured) => ({
    text,
    ...(measured || { value: 'not measured', met: null }),
  });
  const p95 = (run, key, limit) => {
    const r = find(run, key);
    return r && { value: `p95 ${ms(r.http.p95)}`, met: r.http.p95 <= limit };
  };
  const ratio = (run, key, limit) => {
    const r = find(run, key);
    return (
      r?.raw && {
        value: `×${(r.http.p50 / r.raw.p50).toFixed(2)} (p50)`,
        met: r.http.p50 / r.raw.p50 <= limit,
      }
    );
  };
  const county = find(sqlite, 'county');
  const province = find(sqlite, 'province');
  return [
    goal('SQLite: county dashboard p95 ≤ 5 ms at 1 connection', p95(sqlite, 'county', 5)),
    goal('SQLite: county dashboard API / raw SQL ≤ 2×', ratio(sqlite, 'county', 2)),
    goal(
      'SQLite: county dashboard ≥ 1,000 req/s at 10 connections',
      county?.throughput && {
        value: `${county.throughput.perSecond.toFixed(0)} req/s`,
        met: county.throughput.perSecond >= 1000,
      },
    ),
    goal('SQLite: city roll-up p95 ≤ 20 ms', p95(sqlite, 'city', 20)),
    goal('SQLite: province roll-up p95 ≤ 100 ms', p95(sqlite, 'province', 100)),
    goal('SQLite: province roll-up ≤ 2.5× its raw floor', ratio(sqlite, 'province', 2.5)),
    goal(
      'SQLite: province roll-up response ≤ 600 KB',
      province && {
        value: `${(province.http.bytes / 1024).toFixed(1)} KB`,
        met: province.http.bytes <= 600 * 1024,
      },
    ),
    goal(
      'SQLite: county bulletin .docx ≤ 1 s (generation of .docx + .xlsx)',
      p95(sqlite, 'bulletin', 1000),
    ),
    goal(
      'SQLite: dataset generation inserts in ≤ 5 s',
      sqlite && {
        value: `${(sqlite.dataset.totalMs / 1000).toFixed(1)} s wall, ${(sqlite.dataset.cpuMs / 1000).toFixed(1)} s CPU (of which ${(sqlite.dataset.generationMs / 1000).toFixed(1)} s computing rows in JS)`,
        met: sqlite.dataset.totalMs <= 5000,
      },
    ),
    goal('PostgreSQL: county dashboard p95 ≤ 10 ms', p95(postgres, 'county', 10)),
    goal(
      'Web: first load ≤ 300 KB of gzipped JavaScript',
      web?.size && {
        value: `${(web.size.gzipBytes / 1024).toFixed(1)} KB`,
        met: web.size.gzipBytes <= 300 * 1024,
      },
    ),
    goal(
      'Web: Lighthouse performance ≥ 90 on the dashboard page (chromium)',
      typeof web?.lighthouse?.score === 'number'
        ? { value: String(web.lighthouse.score), met: web.lighthouse.score >= 90 }
        : { value: web?.lighthouse?.error ?? 'not run', met: null },
    ),
  ];
}
