import { beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock.js';
import * as queries from '../../src/dashboards/dashboard-queries.js';
import type { DashboardScope, DashboardSql } from '../../src/dashboards/dashboard-queries.js';
import { useSignedIn } from '../support/auth.js';
import { countQueries, useRunningApp } from '../support/test-app.js';
import { buildScenario, SCENARIO } from './scenario.js';

const LINYOU = '610329';

/** Every dashboard statement, for a live and a past view. */
function statements(scope: DashboardScope): [string, DashboardSql][] {
  const bounds = { overdueThrough: '2025-07-14', dueSoonThrough: '2025-07-29' };
  return [
    ['taskFacts', queries.taskFactsSql(scope)],
    ['taskFigures', queries.taskFiguresSql(scope, bounds)],
    ['taskDepartments', queries.taskDepartmentsSql(scope, '2025-07')],
    [
      'reportFigures',
      queries.reportFiguresSql(
        scope,
        '2025-07',
        new Map(scope.codes.map((c) => [c, '2025-07-21T16:00:00.000Z'])),
      ),
    ],
    ['indicatorAssignments', queries.indicatorAssignmentsSql(scope)],
    ['targets', queries.targetsSql(scope)],
    ['targetTrend', queries.targetTrendSql(scope, '2024-08')],
    ['targetFigures', queries.targetFiguresSql(scope)],
    ['openProblems', queries.openProblemsSql(scope)],
    ['openNotices', queries.openNoticesSql(scope)],
    ['problemTrend', queries.problemTrendSql(scope, '2024-08-01')],
    ['reportedCompletion', queries.reportedCompletionSql(scope, '2024-08')],
  ];
}

describe('dashboard queries stay indexed and few', () => {
  const context = useRunningApp();
  beforeAll(async () => {
    await buildScenario(context.api);
    context.api.app.get(Clock).set(new Date('2025-07-15T10:00:00+08:00'));
  });
  const city = useSignedIn(context, 'baoji.office');
  const leader = useSignedIn(context, 'linyou.leader');

  /*
   * SQLite: EXPLAIN QUERY PLAN must never SCAN the reports table (any alias of it): every read
   * of progress_report is an index SEARCH. PostgreSQL: the planner rightly seq-scans tables this
   * small, so the test turns sequential scans off for its connection (enable_seqscan = off) and
   * then requires that no plan still needs one on progress_report — i.e. an index exists for
   * every access path.
   */
  it('never scans progress_report in full', async () => {
    const dataSource = context.api.app.get(DataSource);
    const postgres = dataSource.options.type === 'postgres';
    const runner = dataSource.createQueryRunner();
    try {
      if (postgres) await runner.query('SET enable_seqscan = off');
      for (const live of [true, false]) {
        const scope = { codes: [SCENARIO, LINYOU], cut: '2025-07-15T16:00:00.000Z', live };
        for (const [name, statement] of statements(scope)) {
          const [sql, values] = dataSource.driver.escapeQueryWithParameters(
            statement.sql,
            statement.params,
          );
          const plan = (
            (await runner.query(
              `${postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${sql}`,
              values,
            )) as Record<string, unknown>[]
          ).map((row) => String(postgres ? row['QUERY PLAN'] : row['detail']));
          const fullScans = plan.filter((line) =>
            postgres
              ? /Seq Scan on progress_report/.test(line)
              : /^SCAN (progress_report|r|r2)\b/.test(line.trim()),
          );
          expect(fullScans, `${name} (live: ${live}):\n${plan.join('\n')}`).toEqual([]);
        }
      }
    } finally {
      await runner.release();
    }
  });

  it('sends the same few statements whatever the number of tasks', async () => {
    // Warm the caches read once per process (calendar years).
    await city.get(`/api/dashboards/jurisdictions/${SCENARIO}`);
    const small = await countQueries(context.api.app, () =>
      city.get(`/api/dashboards/jurisdictions/${SCENARIO}`),
    );
    const large = await countQueries(context.api.app, () =>
      city.get(`/api/dashboards/jurisdictions/${LINYOU}?asOf=2025-06-30`),
    );
    const asLeader = await countQueries(context.api.app, () =>
      leader.get(`/api/dashboards/jurisdictions/${LINYOU}`),
    );
    expect(large).toBe(small);
    // Session, then 11 dashboard statements (the leader: one more, its leader link).
    expect(small).toBeLessThanOrEqual(15);
    expect(asLeader).toBe(small + 1);

    const city2 = await countQueries(context.api.app, () =>
      city.get(`/api/dashboards/jurisdictions/610300/rollup`),
    );
    expect(city2).toBeLessThanOrEqual(15);
  });
});
