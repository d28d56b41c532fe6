import type { Department } from '../domain/department.js';
import type { Leader } from '../domain/leader.js';
import { createDepartmentMatcher } from './departments.js';
import type { ParseIssue } from './issues.js';

/** The names a plan may use: one jurisdiction's departments and leaders. */
export interface NameCatalog {
  departments: Department[];
  leaders: Leader[];
}

/**
 * Turns printed unit and leader names into the catalog's canonical names. A name the catalog
 * does not know becomes an issue (the catalog must be fixed), never a silently kept raw name;
 * a fuzzy match is kept and noted for review.
 */
export interface NameResolver {
  departments(printed: readonly string[], line: number): string[];
  leaders(printed: readonly Leader[], line: number): string[];
  readonly issues: ParseIssue[];
  readonly notes: ParseIssue[];
  /** Every printed unit name that was not an exact catalog name, once per name. */
  readonly departmentReadings: DepartmentReading[];
  /** Leaders the catalog does not know (kept only when proposing). */
  readonly unknownLeaders: Leader[];
}

/** How a printed unit name was read: matched (not exactly) or, when proposing, unknown. */
export interface DepartmentReading {
  printed: string;
  /** The catalog name, or the name proposed for a new unit. */
  name: string;
  method: 'alias' | 'normalised' | 'fuzzy' | 'unknown';
  score: number;
  line: number;
}

export interface NameResolverOptions {
  /**
   * Keep names the catalog does not know (an import proposes them as new units and leaders)
   * instead of reporting them as issues. Seeds never propose: their catalog must be complete.
   */
  proposeUnknown?: boolean;
}

export function createNameResolver(
  catalog: NameCatalog,
  options: NameResolverOptions = {},
): NameResolver {
  const matcher = createDepartmentMatcher(catalog.departments);
  const leaderNames = new Set(catalog.leaders.map((leader) => leader.name));
  const issues: ParseIssue[] = [];
  const notes: ParseIssue[] = [];
  const departmentReadings: DepartmentReading[] = [];
  const unknownLeaders: Leader[] = [];
  const read = (reading: DepartmentReading) => {
    if (!departmentReadings.some((known) => known.printed === reading.printed))
      departmentReadings.push(reading);
  };
  // A name read twice on one line (a ★ unit is also one of its cell's units) is reported once.
  const report = (list: ParseIssue[], issue: ParseIssue) => {
    if (!list.some((known) => known.line === issue.line && known.message === issue.message))
      list.push(issue);
  };
  return {
    issues,
    notes,
    departmentReadings,
    unknownLeaders,
    departments(printed, line) {
      const names: string[] = [];
      for (const raw of printed) {
        const match = matcher.match(raw);
        if (!match && options.proposeUnknown) {
          const proposed = raw.replace(/[\s★]/g, '');
          read({ printed: raw, name: proposed, method: 'unknown', score: 0, line });
          if (!names.includes(proposed)) names.push(proposed);
          continue;
        }
        if (!match) {
          report(issues, { line, message: `unit "${raw}" is not in the catalog` });
          continue;
        }
        if (match.method !== 'exact') {
          read({
            printed: raw,
            name: match.department.name,
            method: match.method,
            score: match.score,
            line,
          });
        }
        if (match.method === 'fuzzy') {
          report(notes, {
            line,
            message: `unit "${raw}" read as "${match.department.name}" (similarity ${match.score.toFixed(2)})`,
          });
        }
        if (!names.includes(match.department.name)) names.push(match.department.name);
      }
      return names;
    },
    leaders(printed, line) {
      const names: string[] = [];
      for (const leader of printed) {
        if (!leaderNames.has(leader.name) && options.proposeUnknown) {
          if (!unknownLeaders.some((known) => known.name === leader.name))
            unknownLeaders.push(leader);
          if (!names.includes(leader.name)) names.push(leader.name);
        } else if (!leaderNames.has(leader.name)) {
          report(issues, {
            line,
            message: `leader "${leader.title}${leader.name}" is not in the catalog`,
          });
        } else if (!names.includes(leader.name)) {
          names.push(leader.name);
        }
      }
      return names;
    },
  };
}
