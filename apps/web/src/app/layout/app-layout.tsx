import { Grid, Layout } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { CurrentPlaceProvider } from '../current-jurisdiction';
import { AppHeader } from './app-header';
import { AppMenu } from './app-menu';
import { RequireSession } from './require-session';

const SIDER_WIDTH = 264;

const NavDrawer = lazy(() => import('./nav-drawer'));

function Shell() {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Mounted from the first opening on, so that closing can animate.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const { pathname } = useLocation();

  // A choice in the drawer navigates; the drawer then gets out of the way.
  useEffect(() => setDrawerOpen(false), [pathname]);

  return (
    <Layout className="app-layout">
      <AppHeader
        mobile={mobile}
        onOpenMenu={() => {
          setDrawerUsed(true);
          setDrawerOpen(true);
        }}
      />
      <Layout>
        {mobile ? (
          drawerUsed && (
            <Suspense fallback={null}>
              <NavDrawer
                open={drawerOpen}
                width={SIDER_WIDTH}
                onClose={() => setDrawerOpen(false)}
              />
            </Suspense>
          )
        ) : (
          <Layout.Sider width={SIDER_WIDTH} className="app-sider" theme="light">
            <nav className="app-sider__inner" aria-label="主导航">
              <AppMenu />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          <main className="app-main">
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The shell around every page: header with the jurisdiction switcher, menu, content. */
export function AppLayout() {
  return (
    <RequireSession>
      <CurrentPlaceProvider>
        <Shell />
      </CurrentPlaceProvider>
    </RequireSession>
  );
}
