import type { NotificationListResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const notificationsQueryKey = ['notifications'] as const;

/** New notifications arrive without the user doing anything: look once a minute. */
export const NOTIFICATION_POLL_MS = 60_000;

export function getNotifications(signal?: AbortSignal): Promise<NotificationListResponse> {
  return apiGet<NotificationListResponse>('/notifications', { signal });
}

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => getNotifications(signal),
    staleTime: 30_000,
    refetchInterval: NOTIFICATION_POLL_MS,
  });

/** The user's recent notifications and the unread count, polled every minute. */
export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
