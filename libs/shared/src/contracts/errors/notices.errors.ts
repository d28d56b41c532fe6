import type { ErrorDefinition } from './error-definition.js';

export const NOTICES_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
