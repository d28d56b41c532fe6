import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../../../src/common/clock.js';
import { request, type SignedInClient } from '../../support/auth.js';
import type { HttpResult } from '../../support/test-app.js';
import { ACTORS, type Actor, type ActorKey, Sessions } from './actors.js';
import { changedTables, databaseState } from './database-state.js';
import { type Fixture, Fixtures } from './fixtures.js';
import { foreignReferences, Scopes } from './scope.js';
import { loadSites, type Site, SITES, type SiteKey } from './sites.js';
import { type CellRequest, parseRow, type RouteSpec, rowOf, tableSites } from './spec.js';

/** Everything a file's routes share: one app, one set of sessions, sites, fixtures and scopes. */
export interface MatrixContext {
  app: NestFastifyApplication;
  baseUrl: string;
  sessions: Sessions;
  sites: Record<SiteKey, Site>;
  fx: Fixtures;
  scopes: Scopes;
  actors: Record<ActorKey, Actor>;
}

/**
 * The clock stands still during the run: deadlines and report periods are fixed, and a
 * session's last-seen time (written at most once a minute) cannot change a table while a
 * refused request is being checked for leaving the database alone.
 */
const FROZEN_AT = new Date('2025-07-10T10:00:00+08:00');

export async function prepareMatrix(
  app: NestFastifyApplication,
  baseUrl: string,
): Promise<MatrixContext> {
  app.get(Clock).set(FROZEN_AT);
  const sessions = new Sessions(baseUrl);
  const sites = await loadSites(app, sessions);
  // The support department's account does not exist in the demo data: the office creates it.
  await sites.L.support();
  const scopes = new Scopes();
  await scopes.load(app);
  const actors = Object.fromEntries(
    await Promise.all(ACTORS.map(async (key) => [key, await sessions.actor(key)] as const)),
  ) as Record<ActorKey, Actor>;
  const fx = new Fixtures(baseUrl, sites, () => sessions.client('admin'));
  return { app, baseUrl, sessions, sites, fx, scopes, actors };
}

/** One cell's outcome, for the messages of a failed row. */
interface Outcome {
  status: number;
  body: unknown;
}

/** Builds a matcher for the route template: `:param` is one segment, `*` anything. */
function templatePattern(template: string): RegExp {
  const escaped = template
    .split('/')
    .map((segment) =>
      segment.startsWith(':')
        ? '[^/]+'
        : segment === '*'
          ? '.+'
          : segment.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${escaped}(\\?.*)?$`);
}

async function send(
  ctx: MatrixContext,
  method: string,
  actor: Actor,
  cell: CellRequest,
): Promise<Outcome> {
  const client: SignedInClient | null = cell.as === undefined ? actor.client : cell.as;
  if (cell.form) {
    const response = await fetch(ctx.baseUrl + cell.path, {
      method,
      headers: client ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken } : {},
      body: cell.form(),
    });
    const text = await response.text();
    return { status: response.status, body: safeJson(text) };
  }
  const headers: Record<string, string> = {};
  if (client) {
    headers.cookie = client.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = client.csrfToken;
  }
  const result: HttpResult<unknown> = await request(ctx.baseUrl, method, cell.path, {
    body: cell.body,
    headers,
  });
  return { status: result.status, body: result.body };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function summary(outcome: Outcome): string {
  const body = outcome.body as { code?: unknown } | null;
  return outcome.status >= 400 &&
    body !== null &&
    typeof body === 'object' &&
    typeof body.code === 'string'
    ? `${outcome.status} ${body.code}`
    : String(outcome.status);
}

/** Refusals must explain themselves to a Chinese user. */
function refusalProblems(outcome: Outcome): string[] {
  const body = outcome.body as { code?: unknown; message?: unknown } | null;
  if (body === null || typeof body !== 'object' || typeof body.code !== 'string') {
    return ['no error code'];
  }
  if (typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
    return ['message not in Chinese'];
  }
  return [];
}

interface Cell {
  site: SiteKey | 'any';
  actor: ActorKey;
  expected: number;
}

/** One route's run: how it builds and sends a cell's request. */
class RouteRun {
  readonly method: string;
  private readonly pattern: RegExp;
  readonly problems: string[] = [];

  constructor(
    private readonly ctx: MatrixContext,
    readonly spec: RouteSpec,
  ) {
    const [method, template] = spec.route.split(' ') as [string, string];
    this.method = method;
    this.pattern = templatePattern(template);
  }

  async build(cell: Cell, o: Fixture, success: boolean): Promise<CellRequest> {
    const request = await this.spec.send({
      actor: this.ctx.actors[cell.actor],
      o,
      site: cell.site === 'any' ? null : this.ctx.sites[cell.site],
      success,
      fx: this.ctx.fx,
      sessions: this.ctx.sessions,
      baseUrl: this.ctx.baseUrl,
    });
    if (!this.pattern.test(request.path)) {
      throw new Error(`${this.spec.route}: built path ${request.path} does not match`);
    }
    return request;
  }

  send(cell: Cell, request: CellRequest): Promise<Outcome> {
    return send(this.ctx, this.method, this.ctx.actors[cell.actor], request);
  }

  report(cell: Cell, problem: string): void {
    this.problems.push(`${cell.site} ${cell.actor}: ${problem}`);
  }

  /** Whether the status is the expected one (else it is reported). */
  check(cell: Cell, outcome: Outcome): boolean {
    if (outcome.status === cell.expected) return true;
    this.report(cell, `expected ${cell.expected}, got ${summary(outcome)}`);
    return false;
  }
}

/** The site whose fixtures a row uses (rows for `any` site use 麟游's, when they need one). */
const fixtureSite = (site: SiteKey | 'any'): SiteKey => (site === 'any' ? 'L' : site);

/**
 * Runs every cell of a route: first all refused cells of all sites together, between two
 * database states that must be equal; then each allowed cell on its own (with a fresh object
 * when a successful write uses it up), checking the answers of allowed reads for foreign rows.
 * Returns what went wrong, one line per cell.
 */
export async function runRoute(ctx: MatrixContext, spec: RouteSpec): Promise<string[]> {
  const run = new RouteRun(ctx, spec);
  const cells: Cell[] = tableSites(spec.expect).flatMap((site) => {
    const row = parseRow(rowOf(spec.expect, site));
    return ACTORS.map((actor) => ({ site, actor, expected: row[actor] }));
  });
  if (spec.list) {
    for (const site of SITES) await ctx.fx.get(spec.list.kind, site);
  }
  const shared = new Map<SiteKey | 'any', Fixture>();
  for (const site of tableSites(spec.expect)) {
    shared.set(site, spec.on ? await ctx.fx.get(spec.on, fixtureSite(site)) : { id: 0 });
  }
  await runRefused(
    ctx,
    run,
    cells.filter((cell) => cell.expected >= 400),
    shared,
  );
  for (const cell of cells.filter((candidate) => candidate.expected < 400)) {
    const o =
      spec.usesUp && spec.on
        ? await ctx.fx.fresh(spec.on, fixtureSite(cell.site))
        : shared.get(cell.site)!;
    const request = await run.build(cell, o, true);
    const outcome = await run.send(cell, request);
    if (!run.check(cell, outcome)) continue;
    request.afterSuccess?.();
    if (run.method === 'GET') await checkRead(ctx, run, cell, outcome.body);
  }
  return run.problems;
}

/** The refused cells, sent together: right status, an explanation, and no change to any table. */
async function runRefused(
  ctx: MatrixContext,
  run: RouteRun,
  refused: Cell[],
  shared: Map<SiteKey | 'any', Fixture>,
): Promise<void> {
  if (refused.length === 0) return;
  const requests = await Promise.all(
    refused.map((cell) => run.build(cell, shared.get(cell.site)!, false)),
  );
  const before = await databaseState(ctx.app);
  const outcomes = await Promise.all(refused.map((cell, i) => run.send(cell, requests[i]!)));
  const after = await databaseState(ctx.app);
  refused.forEach((cell, i) => {
    const outcome = outcomes[i]!;
    if (!run.check(cell, outcome)) return;
    for (const problem of refusalProblems(outcome)) run.report(cell, problem);
  });
  const changed = changedTables(before, after);
  if (changed.length > 0) {
    run.problems.push(`refused calls changed the database: ${changed.join('; ')}`);
  }
}

/**
 * An allowed read: no foreign rows in the answer nor in its filtered variants (probes), and a
 * list shows each site's object exactly to those who may see it.
 */
async function checkRead(
  ctx: MatrixContext,
  run: RouteRun,
  cell: Cell,
  body: unknown,
): Promise<void> {
  const { spec } = run;
  const actor = ctx.actors[cell.actor];
  for (const problem of foreignRows(ctx, spec, actor, body)) run.report(cell, problem);
  if (spec.list) {
    const ids = new Set(spec.list.ids(body).map(String));
    for (const site of SITES) {
      const fixture = await ctx.fx.get(spec.list.kind, site);
      const visible = spec.list.visible(cell.actor, site);
      if (visible !== null && ids.has(String(fixture.id)) !== visible) {
        const where = visible ? 'missing from' : 'shown in';
        run.report(cell, `${site} ${spec.list.kind} ${fixture.id} ${where} the list`);
      }
    }
  }
  for (const path of spec.probes?.(ctx.sites) ?? []) {
    const probe = await run.send(cell, { path });
    if (probe.status === 404) continue;
    if (probe.status !== 200) run.report(cell, `${path}: got ${summary(probe)}`);
    else
      for (const problem of foreignRows(ctx, spec, actor, probe.body))
        run.report(cell, `${path}: ${problem}`);
  }
}

function foreignRows(ctx: MatrixContext, spec: RouteSpec, actor: Actor, body: unknown): string[] {
  const problems: string[] = [];
  const scope = spec.scope ?? 'business';
  if (scope !== 'none') {
    const foreign = foreignReferences(body, ctx.scopes.of(actor), scope === 'catalog');
    if (foreign.length > 0) problems.push(`foreign rows: ${foreign.join(', ')}`);
  }
  if (spec.rows) problems.push(...spec.rows(body, actor, ctx.scopes.of(actor)));
  return problems;
}
