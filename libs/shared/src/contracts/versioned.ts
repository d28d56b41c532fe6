/**
 * Optimistic locking: every editable record carries `version`. A write sends back the version it
 * read; when the row has changed since, the API answers 409 VERSION_CONFLICT and writes nothing.
 */
export interface VersionedWrite {
  version: number;
}
