import type { ErrorDefinition } from './error-definition.js';

export const AUDIT_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
