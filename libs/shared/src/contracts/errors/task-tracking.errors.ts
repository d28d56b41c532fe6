import type { ErrorDefinition } from './error-definition.js';

export const TASK_TRACKING_ERRORS = {} as const satisfies Record<string, ErrorDefinition>;
