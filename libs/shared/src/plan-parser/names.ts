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
}

export function createNameResolver(catalog: NameCatalog): NameResolver {
  const matcher = createDepartmentMatcher(catalog.departments);
  const leaderNames = new Set(catalog.leaders.map((leader) => leader.name));
  const issues: ParseIssue[] = [];
  const notes: ParseIssue[] = [];
  // A name read twice on one line (a ★ unit is also one of its cell's units) is reported once.
  const report = (list: ParseIssue[], issue: ParseIssue) => {
    if (!list.some((known) => known.line === issue.line && known.message === issue.message))
      list.push(issue);
  };
  return {
    issues,
    notes,
    departments(printed, line) {
      const names: string[] = [];
      for (const raw of printed) {
        const match = matcher.match(raw);
        if (!match) {
          report(issues, { line, message: `unit "${raw}" is not in the catalog` });
          continue;
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
        if (!leaderNames.has(leader.name)) {
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
