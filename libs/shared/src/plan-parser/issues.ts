/**
 * What the parser could not settle by itself. Issues are data (an importer shows them to the
 * person loading a plan); the seed generator refuses to write a plan that has any.
 */
export interface ParseIssue {
  /** Line of the source document, when the issue belongs to one. */
  line: number | null;
  message: string;
}

/** The document's structure cannot be read at all (no header, an annex that cannot be found). */
export class PlanParseError extends Error {
  override name = 'PlanParseError';
}
