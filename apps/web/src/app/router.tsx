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
    // The big screen (领导驾驶舱) has no shell: it fills the window on its own.
    path: '/cockpit/:code',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('./routes/cockpit-page')).CockpitPage }),
  },
  {
    // A bulletin's print view: the page alone, no shell, for the browser's print to PDF.
    path: '/print/bulletins/:id',
    ErrorBoundary: RouteError,
    lazy: async () => ({
      Component: (await import('./routes/bulletin-print-page')).BulletinPrintPage,
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
            path: 'j/:code/dashboard',
            lazy: async () => ({
              Component: (await import('./routes/dashboard-page')).DashboardPage,
            }),
          },
          {
            path: 'j/:code/rollup',
            lazy: async () => ({ Component: (await import('./routes/rollup-page')).RollupPage }),
          },
          {
            path: 'j/:code/assessment',
            lazy: async () => ({
              Component: (await import('./routes/assessment-page')).AssessmentPage,
            }),
          },
          {
            path: 'j/:code/bulletins',
            lazy: async () => ({
              Component: (await import('./routes/bulletins-page')).BulletinsPage,
            }),
          },
          {
            path: 'j/:code/imports',
            lazy: async () => ({
              Component: (await import('./routes/plan-imports-page')).PlanImportsPage,
            }),
          },
          {
            path: 'j/:code/imports/:id',
            lazy: async () => ({
              Component: (await import('./routes/plan-import-review-page')).PlanImportReviewPage,
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
