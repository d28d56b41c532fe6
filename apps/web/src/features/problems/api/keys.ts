import type { ProblemListQuery } from '@bizenv/shared';

/** Every problem query lives under ['problems']: any write refreshes lists and details alike. */
export const problemsRootKey = ['problems'] as const;
export const problemsQueryKey = (query: ProblemListQuery) => ['problems', 'list', query] as const;
export const problemQueryKey = (id: number) => ['problems', 'detail', id] as const;
