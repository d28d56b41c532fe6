import { beforeAll, describe, expect, it } from 'vitest';
import { useRunningApp } from '../support/test-app.js';
import { MATRIX, MATRIX_GROUPS } from './matrix/index.js';
import { ACTORS } from './support/actors.js';
import { controllerRoutes, serverRoutes } from './support/route-table.js';
import { type MatrixContext, prepareMatrix, runRoute } from './support/runner.js';
import { parseRow, rowOf, tableSites } from './support/spec.js';

/*
 * Every route × every actor × own/other department × own/other county/city, against the rules
 * in matrix/profiles.ts. One app and one set of sessions and fixtures for the whole file.
 */
const context = useRunningApp();

describe('route inventory', () => {
  const specified = MATRIX.map((spec) => spec.route);

  it('every route the server answers has a row in the matrix, and every row a route', () => {
    const routes = serverRoutes(context.api.app);

    expect(
      routes.filter((route) => !specified.includes(route)),
      'routes without a permission spec',
    ).toEqual([]);
    expect(
      specified.filter((route) => !routes.includes(route)),
      'specs of routes that no longer exist',
    ).toEqual([]);
  });

  it('the route table is read completely: every controller route is in it', () => {
    const routes = serverRoutes(context.api.app);
    const declared = controllerRoutes(context.api.app);

    expect(declared.length).toBeGreaterThan(60);
    expect(declared.filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('each route has one spec, and each row one status per actor', () => {
    expect(specified.filter((route, index) => specified.indexOf(route) !== index)).toEqual([]);
    const cells = MATRIX.flatMap((spec) =>
      tableSites(spec.expect).flatMap((site) => Object.values(parseRow(rowOf(spec.expect, site)))),
    );
    expect(cells.every((status) => status >= 200 && status < 600)).toBe(true);
    expect(cells.length % ACTORS.length).toBe(0);
  });
});

describe('permission matrix', () => {
  let matrix: MatrixContext;

  beforeAll(async () => {
    matrix = await prepareMatrix(context.api.app, context.api.baseUrl);
  });

  // One test per route; a failure lists every cell that went wrong (site, actor, expected, got).
  for (const group of MATRIX_GROUPS) {
    describe(group.name, () => {
      for (const spec of group.routes) {
        it(spec.route, async () => {
          const problems = await runRoute(matrix, spec);
          expect(problems, `${spec.route}\n  ${problems.join('\n  ')}`).toEqual([]);
        });
      }
    });
  }
});
