import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema.js';

/** Every migration in order, as classes (no globs: the same list works from src and dist). */
export const MIGRATIONS = [InitialSchema1763900000000];
