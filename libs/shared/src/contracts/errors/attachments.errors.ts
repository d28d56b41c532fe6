import type { ErrorDefinition } from './error-definition.js';

export const ATTACHMENTS_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
