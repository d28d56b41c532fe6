import type { ErrorDefinition } from './error-definition.js';

export const AUTH_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
