import type { ErrorDefinition } from './error-definition.js';

/** Refusals of the HTTP hardening layer (rate limits). */
export const SECURITY_ERRORS = {
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
} as const satisfies Record<string, ErrorDefinition>;
