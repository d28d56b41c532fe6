import type { AssessmentRuleSet } from '../assessment/rules.js';
import type { DepartmentAssessmentScore } from '../assessment/scoring.js';
import type { VersionedWrite } from './versioned.js';

/** GET /api/jurisdictions/:code/assessment/:year/rules */
export interface AssessmentRulesResponse {
  jurisdictionCode: string;
  year: number;
  rules: AssessmentRuleSet;
  /** True while nothing is saved for the year: the defaults apply. */
  isDefault: boolean;
  /** 0 while nothing is saved; the first save sends 0. */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** PUT /api/jurisdictions/:code/assessment/:year/rules */
export interface UpdateAssessmentRulesRequest extends VersionedWrite {
  rules: AssessmentRuleSet;
}

/** The computed (live) or published table of one jurisdiction and year. */
export interface AssessmentTable {
  jurisdictionCode: string;
  jurisdictionName: string;
  year: number;
  /** China date the facts were counted up to (today, or 12-31 once the year is over). */
  asOf: string;
  rules: AssessmentRuleSet;
  /** Version of the saved rules used (0: the defaults). */
  rulesVersion: number;
  departments: DepartmentAssessmentScore[];
}

/** GET /api/jurisdictions/:code/assessment/:year/results */
export type AssessmentResultsResponse = AssessmentTable;

/** A published snapshot: never recomputed. */
export interface PublishedAssessmentResponse extends AssessmentTable {
  id: number;
  /** 1 for the year's first publication, 2 for the next… The latest one is in force. */
  publicationVersion: number;
  publishedBy: string;
  publishedAt: string;
}

/** GET /api/jurisdictions/:code/assessment/:year/published: newest first, without tables. */
export interface PublishedAssessmentSummary {
  id: number;
  year: number;
  publicationVersion: number;
  publishedBy: string;
  publishedAt: string;
  departmentCount: number;
}
