import { lazy, Suspense } from 'react';

const NotificationBell = lazy(() =>
  import('./notification-bell').then((module) => ({ default: module.NotificationBell })),
);

/** The bell (badge, popover, list) arrives right after the first paint; a same-size gap holds its place. */
export function LazyNotificationBell() {
  return (
    <Suspense fallback={<span style={{ display: 'inline-block', width: 40 }} />}>
      <NotificationBell />
    </Suspense>
  );
}
