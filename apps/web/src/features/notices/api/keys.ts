import type { NoticeListQuery } from '@bizenv/shared';

/** Every notice query lives under ['notices']: any write refreshes lists and details alike. */
export const noticesRootKey = ['notices'] as const;
export const noticesQueryKey = (query: NoticeListQuery) => ['notices', 'list', query] as const;
