import type {
  IndicatorAssignment,
  PlanHeader,
  PlanPhase,
  PlanSection,
  PlanTask,
} from '../domain/plan.js';
import { splitAnnexes, type AnnexRegion } from './annex.js';
import { readBundles, type AnnexTableContent } from './bundles.js';
import { readHeader } from './header.js';
import { readIndicatorTable } from './indicator-table.js';
import { PlanParseError, type ParseIssue } from './issues.js';
import { joinParagraphs, readSourceLines, type Paragraph, type SourceLine } from './lines.js';
import { createNameResolver, type DepartmentReading, type NameCatalog } from './names.js';
import type { Leader } from '../domain/leader.js';
import { buildOutline } from './outline.js';
import { readPlanBody, type PlanBody } from './plan-body.js';
import { readTable, type TableContext, type TableRow } from './table.js';

export interface ParseOptions {
  /** The departments and leaders of the jurisdiction whose plan this is. */
  catalog: NameCatalog;
  /** Annexes (by number, "2") that are plans of their own, e.g. an annex 实施方案 with its own tasks. */
  annexPlans?: readonly string[];
  /** Annex tables that belong to the main plan, and what they hold. */
  annexTables?: ReadonlyArray<{ annex: string; content: AnnexTableContent }>;
  /** Keep unknown unit and leader names as proposals (an import) instead of issues (seeds). */
  proposeUnknownNames?: boolean;
}

export interface ParsedPlan {
  /** Null for the main plan, else the annex number it was read from. */
  annex: string | null;
  header: PlanHeader;
  phases: PlanPhase[];
  sections: PlanSection[];
  indicatorAssignments: IndicatorAssignment[];
  tasks: PlanTask[];
  /** What must be fixed before the plan can be used (an unknown unit, an unreadable deadline). */
  issues: ParseIssue[];
  /** What a reviewer should look at (a fuzzily matched unit name). */
  notes: ParseIssue[];
  /** Task code → first source line of its item (absent for tasks read from annex tables). */
  taskLines: Record<string, number>;
  /** Unit names read other than exactly, and unknown leaders (see `NameResolver`). */
  departmentReadings: DepartmentReading[];
  unknownLeaders: Leader[];
}

/** An annex table that belongs to the main plan, with its rows. */
interface PlanTable {
  region: AnnexRegion;
  content: AnnexTableContent;
  rows: TableRow[];
}

/**
 * Reads an official plan document (converted from Word/PDF) into its plans: the main plan, then
 * one plan per annex named in `annexPlans`. Nothing here knows a particular county: what differs
 * between documents is in the options. Throws a PlanParseError when the document's structure
 * cannot be read; everything smaller is an issue of the plan it belongs to.
 */
export function parsePlanDocument(text: string, options: ParseOptions): ParsedPlan[] {
  const lines = readSourceLines(text);
  const paragraphs = joinParagraphs(lines);
  const { bodyStart, ...header } = readHeader(paragraphs);
  const parts = splitAnnexes(paragraphs, bodyStart);
  const annex = (id: string): AnnexRegion => {
    const found = parts.annexes.find((region) => region.id === id);
    if (!found) throw new PlanParseError(`annex ${id} is not in the document's annex list`);
    return found;
  };

  const tables = (options.annexTables ?? []).map(({ annex: id, content }): PlanTable => {
    const region = annex(id);
    return { region, content, rows: readTable(regionLines(lines, paragraphs, region)) };
  });
  const main = readPlan(null, header, paragraphs.slice(bodyStart, parts.mainEnd), options, tables);
  const annexPlans = (options.annexPlans ?? []).map((id) => {
    const region = annex(id);
    const annexHeader = { ...header, title: region.title, documentNumber: null };
    return readPlan(id, annexHeader, paragraphs.slice(region.start + 1, region.end), options, []);
  });
  return [main, ...annexPlans];
}

function readPlan(
  annex: string | null,
  header: PlanHeader,
  paragraphs: readonly Paragraph[],
  options: ParseOptions,
  tables: readonly PlanTable[],
): ParsedPlan {
  const names = createNameResolver(options.catalog, {
    proposeUnknown: options.proposeUnknownNames ?? false,
  });
  const issues: ParseIssue[] = [];
  const notes: ParseIssue[] = [];
  const body = readPlanBody(buildOutline(paragraphs), {
    planYear: header.year,
    names,
    issues,
    notes,
  });
  for (const table of tables) addTable(body, table, { names, issues });
  return {
    annex,
    header,
    phases: body.phases,
    sections: body.sections.map((section, order) => ({ ...section, order: order + 1 })),
    indicatorAssignments: body.indicatorAssignments,
    tasks: body.tasks.map((task, order) => ({ ...task, order: order + 1 })),
    issues: [...issues, ...names.issues],
    notes: [...notes, ...names.notes],
    taskLines: body.taskLines,
    departmentReadings: names.departmentReadings,
    unknownLeaders: names.unknownLeaders,
  };
}

/** Bundles become tasks in a section of their own (`附件1`); an indicator table, assignments. */
function addTable(body: PlanBody, table: PlanTable, ctx: TableContext): void {
  if (table.content === 'indicator-assignments') {
    body.indicatorAssignments.push(...readIndicatorTable(table.rows, ctx));
    return;
  }
  const sectionCode = `附件${table.region.id}`;
  body.sections.push({
    code: sectionCode,
    title: table.region.title,
    parentCode: null,
    indicator: null,
  });
  body.tasks.push(...readBundles(table.rows, sectionCode, ctx));
}

/** The raw lines of an annex, for reading its tables (tabs survive only there). */
function regionLines(
  lines: readonly SourceLine[],
  paragraphs: readonly Paragraph[],
  region: AnnexRegion,
): SourceLine[] {
  const first = paragraphs[region.start]!.line;
  const end = paragraphs[region.end]?.line ?? lines.length + 1;
  return lines.filter((line) => line.number >= first && line.number < end);
}
