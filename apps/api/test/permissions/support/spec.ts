import type { SignedInClient } from '../../support/auth.js';
import type { Actor, ActorKey, Sessions } from './actors.js';
import { ACTORS } from './actors.js';
import type { Fixture, FixtureKind, Fixtures } from './fixtures.js';
import type { ReadScope } from './scope.js';
import { type Site, SITES, type SiteKey } from './sites.js';

/** Expected statuses of one row, one per actor in ACTORS order, e.g. '401 200 403 …'. */
export type Row = string;

/**
 * Per site for rows about an object (sites.ts: L own county, M another county of the city, C the
 * city, Y a county of another city), or `any` for routes with no object in a jurisdiction.
 */
export type Table = Record<SiteKey, Row> | { any: Row };

/** What a request builder gets for one cell. */
export interface Call {
  actor: Actor;
  /** The object of the row in this site (shared, or fresh for a write expected to succeed). */
  o: Fixture;
  site: Site | null;
  /** Whether this cell expects success (builders of successful writes may prepare state). */
  success: boolean;
  fx: Fixtures;
  sessions: Sessions;
  baseUrl: string;
}

export interface CellRequest {
  /** Path with the ids filled in (and a query string if any). */
  path: string;
  body?: unknown;
  /** A multipart body instead of JSON. */
  form?: () => FormData;
  /** Send as this session instead of the actor's own (null: without a session). */
  as?: SignedInClient | null;
  /** Bookkeeping after a success (e.g. the password the user now has). */
  afterSuccess?: () => void;
}

/**
 * Which fixture of each site a list shows to whom: true must be listed, false must not (a
 * foreign row), null may be either (readable, but the list is narrower by design).
 */
export interface ListRule {
  kind: FixtureKind;
  ids: (body: unknown) => (number | string)[];
  visible: (actor: ActorKey, site: SiteKey) => boolean | null;
}

export interface RouteSpec {
  /** 'METHOD /api/path/:param', as the route table lists it. */
  route: string;
  /** The object the row is about. */
  on?: FixtureKind;
  expect: Table;
  send: (call: Call) => CellRequest | Promise<CellRequest>;
  /** A successful call uses its object up: each successful cell gets a fresh one. */
  usesUp?: boolean;
  /** Allowed reads: the jurisdictions the rows may name — `catalog` for the administrator's catalog routes. */
  scope?: 'business' | 'catalog' | 'none';
  /** Further checks of an allowed read's body; returns what is wrong. */
  rows?: (body: unknown, actor: Actor, scope: ReadScope) => string[];
  list?: ListRule;
  /**
   * Filtered variants of a list (by another site's task, department, jurisdiction…): for every
   * actor allowed the list, each answers 404 or a list without foreign rows.
   */
  probes?: (sites: Record<SiteKey, Site>) => string[];
}

/** Parses a row into one expected status per actor. */
export function parseRow(row: Row): Record<ActorKey, number> {
  const codes = row.trim().split(/\s+/).map(Number);
  if (codes.length !== ACTORS.length || codes.some((code) => !Number.isInteger(code))) {
    throw new Error(`a row needs ${ACTORS.length} statuses: "${row}"`);
  }
  return Object.fromEntries(ACTORS.map((actor, index) => [actor, codes[index]])) as Record<
    ActorKey,
    number
  >;
}

/** The sites a table has rows for. */
export function tableSites(table: Table): (SiteKey | 'any')[] {
  return 'any' in table ? ['any'] : [...SITES];
}

export function rowOf(table: Table, site: SiteKey | 'any'): Row {
  return (table as Record<string, Row>)[site]!;
}

/** Per list rule: whether the actor may see a site's object, read off the object's own read row. */
export function seenBy(read: Table): ListRule['visible'] {
  return (actor, site) => {
    const status = parseRow(rowOf(read, site))[actor];
    return status >= 200 && status < 300;
  };
}

/** Replaces an expected success status in a row template ('2xx' placeholders). */
function withSuccess(row: Row, status: number): Row {
  return row.replace(/2xx/g, String(status));
}

/** The same per-site table with '2xx' replaced by the route's success status. */
export function table(template: Table, status: number): Table {
  return 'any' in template
    ? { any: withSuccess(template.any, status) }
    : (Object.fromEntries(
        SITES.map((site) => [site, withSuccess(template[site], status)]),
      ) as Record<SiteKey, Row>);
}
