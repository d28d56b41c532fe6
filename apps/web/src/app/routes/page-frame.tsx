import { App as AntApp } from 'antd';
import { Outlet } from 'react-router';

/**
 * Gives pages App.useApp() (message, modal, notification themed and localised like the rest).
 * A lazy layout route, loaded in parallel with the first page, so that those three stay out of
 * the first load.
 */
export function PageFrame() {
  return (
    <AntApp component={false}>
      <Outlet />
    </AntApp>
  );
}
