import type { ErrorDefinition } from './error-definition.js';

export const PROBLEMS_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
