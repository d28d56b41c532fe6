import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';

function PagePending() {
  return <div className="page-pending" aria-busy="true" />;
}

/** Pages are loaded on demand; the shell (header, menu, switcher) comes with the first load. */
export const router = createBrowserRouter([
  {
    path: '/login',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('./routes/login-page')).LoginPage }),
  },
  {
    path: '/change-password',
    ErrorBoundary: RouteError,
    lazy: async () => ({
      Component: (await import('./routes/change-password-page')).ChangePasswordPage,
    }),
  },
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        // Shown inside the shell while the first page's chunk downloads.
        HydrateFallback: PagePending,
        lazy: async () => ({ Component: (await import('./routes/page-frame')).PageFrame }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./routes/landing-page')).LandingPage }),
          },
          {
            path: 'overview',
            lazy: async () => ({ Component: (await import('./routes/home-page')).HomePage }),
          },
          {
            path: 'workspace',
            lazy: async () => ({
              Component: (await import('./routes/workspace-page')).WorkspacePage,
            }),
          },
          {
            path: 'tasks/:taskId/reports/:period',
            lazy: async () => ({
              Component: (await import('./routes/report-page')).ReportPage,
            }),
          },
          {
            path: 'office/reports',
            lazy: async () => ({
              Component: (await import('./routes/office-reports-page')).OfficeReportsPage,
            }),
          },
          {
            path: 'office/users',
            lazy: async () => ({
              Component: (await import('./routes/users-page')).UsersPage,
            }),
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
            path: 'problems',
            lazy: async () => ({
              Component: (await import('./routes/problems-page')).ProblemsPage,
            }),
          },
          {
            path: 'notices',
            lazy: async () => ({ Component: (await import('./routes/notices-page')).NoticesPage }),
          },
          {
            path: 'notices/:id',
            lazy: async () => ({ Component: (await import('./routes/notice-page')).NoticePage }),
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
