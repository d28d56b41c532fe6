import type { ErrorDefinition } from './error-definition.js';

export const REPORTS_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
