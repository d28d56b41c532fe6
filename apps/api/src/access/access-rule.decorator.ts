import { SetMetadata } from '@nestjs/common';

/** Metadata key under which every route declares who may call it. */
export const ACCESS_RULE = 'bizenv:access-rule';

/**
 * Who may call a route. Only `public` exists until accounts arrive; rules such as
 * "office of the jurisdiction" or "lead department of the task" will join this union.
 */
export type AccessRule = { kind: 'public' };

/** Anyone may call the route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
