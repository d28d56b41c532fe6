/**
 * How before/after values become the JSON text of an audit row: secrets redacted, size capped.
 * Pure functions, so the rules are unit-tested without a database.
 */

/**
 * Keys whose values never reach an audit row, at any depth, in any case: password,
 * passwordHash, newPassword, token, csrfToken, secret, sessionId…
 */
const SECRET_KEY = /password|token|csrf|secret|session/i;

export const REDACTED = '[REDACTED]';

/** Largest JSON text (UTF-8 bytes) one before/after column keeps. */
export const AUDIT_JSON_MAX_BYTES = 16 * 1024;

/**
 * Characters of the original JSON kept in a truncated value. At most 3 UTF-8 bytes per
 * character (or 2 once escaped), so the marker object stays well under the cap.
 */
const TRUNCATED_PREVIEW_CHARS = 4000;

/** Written instead of a value too large to keep; still valid JSON, and says so. */
export interface TruncatedAuditValue {
  _truncated: true;
  /** UTF-8 size of the full (redacted) JSON. */
  originalBytes: number;
  /** The beginning of the full JSON text. */
  preview: string;
}

/** JSON text for a before/after column, or null when there is nothing to keep. */
export function toAuditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value, (key, nested: unknown) =>
    SECRET_KEY.test(key) ? REDACTED : nested,
  );
  // JSON.stringify answers undefined for a bare function or symbol: nothing worth keeping.
  if (json === undefined) return null;
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes <= AUDIT_JSON_MAX_BYTES) return json;
  const truncated: TruncatedAuditValue = {
    _truncated: true,
    originalBytes: bytes,
    preview: json.slice(0, TRUNCATED_PREVIEW_CHARS),
  };
  return JSON.stringify(truncated);
}

/** The value of a before/after column (always JSON written by toAuditJson), or null. */
export function fromAuditJson(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}
