import type { IndicatorAssignment } from '../domain/plan.js';
import { splitUnitNames } from './attribution.js';
import { indicatorByName } from './indicator-match.js';
import { cellText, type TableContext, type TableRow } from './table.js';

/**
 * The table of indicators and their lead departments (序 | 指标名称 | [分指标] | 牵头部门). The last
 * filled cell is the department; the last name before it is the (sub-)indicator, read by the
 * catalog's names and keywords ("基本公共服务满意度——文化开放与" → culture).
 */
export function readIndicatorTable(
  rows: readonly TableRow[],
  ctx: TableContext,
): IndicatorAssignment[] {
  const assignments: IndicatorAssignment[] = [];
  for (const row of rows.slice(1)) {
    const cells = row.cells.map(cellText);
    const filled = cells.slice(1).filter((cell) => cell !== '');
    const unitCell = filled.at(-1);
    const name = filled.at(-2);
    if (unitCell === undefined || name === undefined) continue;
    const indicator = indicatorByName(name);
    if (indicator === null) {
      ctx.issues.push({
        line: row.line,
        message: `indicator "${name}" is not in the indicator catalog`,
      });
      continue;
    }
    assignments.push({
      indicator,
      leadDepartments: ctx.names.departments(splitUnitNames(unitCell), row.line),
      leaders: [],
      leaderText: null,
      printed: cells.filter((cell) => cell !== '').join(' '),
    });
  }
  return assignments;
}
