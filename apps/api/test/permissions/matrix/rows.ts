import type { Actor } from '../support/actors.js';
import type { ReadScope } from '../support/scope.js';
import type { Site, SiteKey } from '../support/sites.js';

/** Splits CSV text into records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n') {
      record.push(field.replace(/\r$/, ''));
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The 辖区代码 column of an audit export (header row and BOM skipped). */
export function auditCsvJurisdictions(csv: string): string[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const column = header?.indexOf('辖区代码') ?? -1;
  if (column < 0) return ['(no 辖区代码 column)'];
  return rows.map((row) => row[column] ?? '').filter((code) => code !== '');
}

/** A department user sees only its own department's items (reports, requests, notices). */
export function ownDepartmentOnly<T>(departmentOf: (item: T) => number) {
  return (body: unknown, actor: Actor): string[] => {
    if (actor.role !== 'department') return [];
    const items = (Array.isArray(body) ? body : (body as { items: T[] }).items) as T[];
    return items
      .map(departmentOf)
      .filter((id) => id !== actor.departmentId)
      .map((id) => `an item of department ${id}`);
  };
}

interface TreeNode {
  id: number;
  children: TreeNode[];
}

/**
 * A plan's task tree shows a department its tasks with their sub-items, and a task above one of
 * them only as the path to it: every node is readable or leads to a readable one.
 */
export function treeWithinScope(body: unknown, _actor: Actor, scope: ReadScope): string[] {
  const problems: string[] = [];
  const visit = (node: TreeNode): boolean => {
    const below = node.children.map(visit).some(Boolean);
    const readable = scope.tasks.has(node.id);
    if (!readable && !below) problems.push(`task ${node.id}`);
    return readable || below;
  };
  (body as TreeNode[]).forEach(visit);
  return problems.length > 0 ? [`tasks outside the reader's scope: ${problems.join(', ')}`] : [];
}

/** Notifications are addressed to the user or to its own department. */
export function ownNotificationsOnly(body: unknown, actor: Actor): string[] {
  return (body as { items: { id: number; departmentId: number | null }[] }).items
    .filter((item) => item.departmentId !== null && item.departmentId !== actor.departmentId)
    .map((item) => `notification ${item.id} of department ${item.departmentId}`);
}

type FilterParam = 'taskId' | 'departmentId' | 'jurisdictionCode';

/** A list filtered by each site's main task, lead department or jurisdiction (RouteSpec.probes). */
export function filteredBy(base: string, params: FilterParam[]) {
  return (sites: Record<SiteKey, Site>): string[] =>
    Object.values(sites).flatMap((site) =>
      params.map((param) => {
        const value =
          param === 'taskId'
            ? site.taskId
            : param === 'departmentId'
              ? site.leadDepartmentId
              : site.jurisdictionCode;
        return `${base}${base.includes('?') ? '&' : '?'}${param}=${value}`;
      }),
    );
}
