import type { DepartmentKind } from '../domain/department.js';
import type { AnnexTableContent } from '../plan-parser/bundles.js';
import type { SeedPlan } from '../seeds/seed-schema.js';

/**
 * Importing a plan document: upload → a stored draft the office reviews and edits → commit.
 * The draft's plans have the shape of the seed files (`SeedPlan`), so what is committed goes
 * through the same writer as the seeds.
 */

/** Fields of a task the parser was unsure of: the review screen flags them. */
export const PLAN_IMPORT_UNSURE_FIELDS = [
  'leadDepartments',
  'supportDepartments',
  'deadline',
  'targets',
] as const;
export type PlanImportUnsureField = (typeof PLAN_IMPORT_UNSURE_FIELDS)[number];

/** Where a task came from and what to check, keyed by plan key and task code. */
export interface PlanImportTaskReview {
  planKey: string;
  code: string;
  /** 1-based lines of `sourceText` (inclusive) the task was read from; null for annex tables. */
  sourceLines: { start: number; end: number } | null;
  unsure: PlanImportUnsureField[];
}

/**
 * How a unit name of the draft is to be committed: it is an existing department's name (matched
 * by the parser, or mapped by the office, which renames it in the plans), or a new department.
 */
export type PlanImportDepartmentDecision =
  { kind: 'existing' } | { kind: 'new'; departmentKind: DepartmentKind };

/** A unit name the parser did not find exactly in the jurisdiction's departments. */
export interface PlanImportDepartmentName {
  /** The name as it stands in the draft's plans. */
  name: string;
  /** How the parser read it: alias/normalised/fuzzy matched an existing department; unknown did not. */
  method: 'alias' | 'normalised' | 'fuzzy' | 'unknown';
  /** 1 for alias/normalised, the similarity for fuzzy, 0 for unknown. */
  score: number;
  decision: PlanImportDepartmentDecision;
}

export interface PlanImportIssue {
  planKey: string;
  line: number | null;
  message: string;
}

export interface PlanImportDraftResponse {
  id: number;
  jurisdictionCode: string;
  sourceKind: 'docx' | 'text' | 'pasted';
  fileName: string | null;
  /** Encoding detected for text files (utf-8, gb18030, utf-16le…), else null. */
  encoding: string | null;
  convertedFromTraditional: boolean;
  /** The document's text as written (traditional characters kept), one line per source line. */
  sourceText: string;
  /** The main plan first, then annex plans. */
  plans: SeedPlan[];
  tasks: PlanImportTaskReview[];
  departments: PlanImportDepartmentName[];
  /** Leaders the jurisdiction does not have yet: created on commit. */
  newLeaders: { name: string; title: string }[];
  /** What the parser could not read (an unreadable deadline…), for the reviewer. */
  issues: PlanImportIssue[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** JSON body of the upload when the text is pasted (a file comes as multipart field `file`). */
export interface CreatePlanImportRequest {
  text: string;
  /** Annexes (by number) that are plans of their own. */
  annexPlans?: string[];
  /** Annex tables that belong to the main plan. */
  annexTables?: { annex: string; content: AnnexTableContent }[];
}

/** A review edit: the whole edited plans and/or department decisions, at the draft's version. */
export interface UpdatePlanImportRequest {
  version: number;
  plans?: SeedPlan[];
  /** Map a name to an existing department (departmentId) or accept it as new (null). */
  departments?: { name: string; departmentId: number | null }[];
}

export interface PlanImportCommitResponse {
  /** Ids of the created plans, main plan first. */
  planIds: number[];
  tasks: number;
  departmentsCreated: number;
}
