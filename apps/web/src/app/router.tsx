import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';

function PagePending() {
  return <div className="page-pending" aria-busy="true" />;
}

/** Pages are loaded on demand; the shell (header, menu, switcher) comes with the first load. */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        // Shown inside the shell while the first page's chunk downloads.
        HydrateFallback: PagePending,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./routes/home-page')).HomePage }),
          },
          {
            path: 'j/:code',
            lazy: async () => ({
              Component: (await import('./routes/jurisdiction-page')).JurisdictionPage,
            }),
          },
          {
            path: 'plans/:id',
            lazy: async () => ({ Component: (await import('./routes/plan-page')).PlanPage }),
          },
          {
            path: 'tasks/:id',
            lazy: async () => ({ Component: (await import('./routes/task-page')).TaskPage }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('./routes/not-found-page')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
]);
