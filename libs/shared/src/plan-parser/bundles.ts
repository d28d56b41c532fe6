import { parseResponsibleCell } from './attribution.js';
import { cellText, type TableContext, type TableRow } from './table.js';
import type { TaskDraft } from './tasks.js';

/** Table content that belongs to a plan: what each annex table is declared to hold. */
export type AnnexTableContent = 'bundles' | 'indicator-assignments';

function column(header: readonly string[], pattern: RegExp, taken: readonly number[] = []): number {
  return header.findIndex((cell, i) => !taken.includes(i) && pattern.test(cell));
}

/**
 * The "一件事" table (序号 | “一件事”名称 | 具体事项 | 责任部门, ★ on the lead): a bundle per
 * numbered row group, coded "一件事1", and a bundle item per row, coded "一件事1.2".
 * - An empty unit cell is a cell merged with the one above: the item has the same units.
 * - In a cell, units marked ★ lead the item (the others in that cell support it); in a cell without
 *   ★ every unit is responsible, so all lead the item.
 * - A bundle is led by its ★ units and supported by every other unit its items name.
 */
export function readBundles(
  rows: readonly TableRow[],
  sectionCode: string,
  ctx: TableContext,
): TaskDraft[] {
  const [header, ...data] = rows;
  if (!header) return [];
  const unitCol = column(header.cells, /部门|单位/);
  const numberCol = column(header.cells, /序/, [unitCol]);
  const itemCol = column(header.cells, /事项/, [unitCol, numberCol]);
  const nameCol = column(header.cells, /一件事|名称/, [unitCol, numberCol, itemCol]);
  if ([unitCol, numberCol, itemCol, nameCol].includes(-1)) {
    ctx.issues.push({
      line: header.line,
      message: 'bundle table needs columns 序号, “一件事”名称, 事项 and 部门',
    });
    return [];
  }

  const tasks: TaskDraft[] = [];
  let bundle: TaskDraft | null = null;
  let itemCount = 0;
  let unitCell = '';
  for (const row of data) {
    const number = row.cells[numberCol] ?? '';
    if (number !== '') {
      const name = cellText(row.cells[nameCol] ?? '');
      bundle = {
        code: `一件事${number}`,
        parentCode: null,
        sectionCode,
        kind: 'bundle',
        title: name,
        body: name,
        indicator: null,
        leadDepartments: [],
        supportDepartments: [],
        attribution: null,
        deadline: { kind: 'none', printed: null },
        targets: [],
      };
      tasks.push(bundle);
      itemCount = 0;
      unitCell = '';
    }
    if (!bundle) {
      ctx.issues.push({
        line: row.line,
        message: 'bundle table row before the first numbered bundle',
      });
      continue;
    }
    const printedCell = row.cells[unitCol] ?? '';
    if (printedCell !== '') unitCell = printedCell;
    const { lead, units } = parseResponsibleCell(unitCell);
    const itemLead = ctx.names.departments(lead.length > 0 ? lead : units, row.line);
    const itemUnits = ctx.names.departments(units, row.line);
    const item = cellText(row.cells[itemCol] ?? '');
    itemCount += 1;
    tasks.push({
      code: `${bundle.code}.${itemCount}`,
      parentCode: bundle.code,
      sectionCode,
      kind: 'bundle_item',
      title: item,
      body: item,
      indicator: null,
      leadDepartments: itemLead,
      supportDepartments: itemUnits.filter((name) => !itemLead.includes(name)),
      attribution: printedCell === '' ? null : printedCell,
      deadline: { kind: 'none', printed: null },
      targets: [],
    });
    const bundleLead = ctx.names.departments(lead, row.line);
    bundle.leadDepartments = [...new Set([...bundle.leadDepartments, ...bundleLead])];
    bundle.supportDepartments = [...new Set([...bundle.supportDepartments, ...itemUnits])];
  }
  for (const task of tasks.filter((t) => t.kind === 'bundle')) {
    task.supportDepartments = task.supportDepartments.filter(
      (name) => !task.leadDepartments.includes(name),
    );
    if (task.leadDepartments.length === 0) {
      ctx.issues.push({
        line: null,
        message: `bundle ${task.code} "${task.title}" has no ★ lead unit`,
      });
    }
  }
  return tasks;
}
