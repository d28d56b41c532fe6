import type { ErrorDefinition } from './error-definition.js';

export const CALENDAR_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
