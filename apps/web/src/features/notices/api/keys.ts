import type { NoticeListQuery } from '@bizenv/shared';

/** Every notice query lives under ['notices']: any write refreshes lists and details alike. */
export const noticesRootKey = ['notices'] as const;
export const noticesQueryKey = (query: NoticeListQuery) => ['notices', 'list', query] as const;
/** One notice; what hangs off it (its 批示) lives under the same prefix. */
export const noticeQueryKey = (id: number) => ['notices', id] as const;
